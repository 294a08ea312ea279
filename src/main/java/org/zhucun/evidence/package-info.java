/**
 * The evidence behind the bonus items of Annex 1–3: media coverage and funds secured by a team,
 * articles, suggestions adopted and leaders' written instructions per person. Entered by the person,
 * the team or the unit; it counts only once the township or county has verified it, and funds from
 * line departments never count as funds secured.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bonus evidence")
package org.zhucun.evidence;
