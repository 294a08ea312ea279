/**
 * The work log (LOG-1/2, Art. 13): the dispatched cadre's dated entries of work, study and the
 * people's-conditions diary (民情日记), written on a phone, editable by the author for
 * {@code zhucun.worklog.edit-window} and then locked (a later change is a new entry that corrects
 * the old one, 更正); attachments through the document module. The township party committee reads
 * the logs of its people and records a quarterly review, which it may publish as a notice (通报)
 * for the county organisation department and the dispatching unit. No minimum number of entries
 * and no ranking (BUR-2).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Work log")
package org.zhucun.worklog;
