/**
 * The scoring sheets of Annex 1 (work team), Annex 2 (team leader / first secretary) and Annex 3
 * (member) (SCO-A1/A2/A3): versioned templates in force by year, refined by a county and validated;
 * the automatic items computed from the records with their arithmetic shown (SCO-X); the items that
 * need judgement scored by the raters the annex names; the filled sheets printable and exportable
 * (FRM-2).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scoring sheets")
package org.zhucun.scoring;
