/**
 * Satisfaction surveys (群众满意度测评, SAT-1): a survey per person or work team and year with its
 * minimum number of raters and rater groups; votes cast online with one-time codes printed on slips
 * (each code votes once, anonymously, from a phone without logging in) or tallies entered from paper
 * by the township (BUR-3); a survey under its minimum is not valid; the score out of 10 by a
 * configurable formula.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Satisfaction surveys")
package org.zhucun.survey;
