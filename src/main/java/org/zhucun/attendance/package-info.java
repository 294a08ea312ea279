/**
 * Attendance (ATT-2..9): the township's monthly register, the primary record of who was in the
 * village on which working day. Days between a person's arrival and departure registrations count as
 * in the village; the clerk enters only the exceptions; approved leave comes from the leave module;
 * the month is confirmed once and changed afterwards only by an audited correction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attendance")
package org.zhucun.attendance;
