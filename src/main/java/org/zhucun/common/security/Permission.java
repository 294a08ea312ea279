package org.zhucun.common.security;

/**
 * What a user may do, granted through roles (the identity module maps roles to permissions). Each
 * endpoint checks one of these on the server ({@code @PreAuthorize("hasAuthority('ORG_TREE_READ')")});
 * the data scope (ORG-5) then narrows which records it touches.
 */
public enum Permission {

	/** 工作台 */
	WORKBENCH,
	/** Browse the administrative tree and its villages. */
	ORG_TREE_READ,
	/** Create, edit, deactivate tree nodes. */
	ORG_TREE_WRITE,
	/** Import the tree from Excel. */
	ORG_IMPORT,
	/** See dispatching units. */
	UNIT_READ,
	/** Create and edit dispatching units. */
	UNIT_WRITE,
	/** See the offices of ORG-4. */
	OFFICE_READ,
	/** Create and deactivate offices. */
	OFFICE_WRITE,
	/** See user accounts and active sessions (security administrator, SEC-1). */
	ACCOUNT_READ,
	/**
	 * Create, disable and reset accounts, end sessions, set the password policy (security
	 * administrator, SEC-1).
	 */
	ACCOUNT_WRITE,
	/** See person records, with ID number and phone masked (PER-1, SEC-5). */
	PERSON_READ,
	/** Create and edit person records. */
	PERSON_WRITE,
	/** Import a roster of people and their postings from Excel (PER-5). */
	PERSON_IMPORT,
	/** See a person's ID number and phone in full; every such view is audited (SEC-5). */
	PERSONAL_DATA_VIEW,
	/** Read, verify and export the audit log (audit administrator, SEC-6). */
	AUDIT_READ,
	/** See the working-day calendar and count working days (ATT-1): every office role and the cadre. */
	CALENDAR_READ,
	/** Edit the national schedule of the working-day calendar (system administrator, ATT-1). */
	CALENDAR_WRITE,
	/** Add and remove the local holidays of one's own county (county organisation department, ATT-1). */
	LOCAL_HOLIDAY_WRITE,
	/** Request leave, withdraw it and report the return (销假): the cadre, or the township's clerk for them (LEA-1..3). */
	LEAVE_REQUEST,
	/** Decide leave requests on one's route: township, county organisation department, unit (LEA-1, LEA-2). */
	LEAVE_APPROVE,
	/** See leave requests within the data scope (LEA-1..3). */
	LEAVE_READ,
	/** See the township's monthly attendance register and the attendance figures within the scope (ATT-3..5, ATT-9). */
	ATTENDANCE_READ,
	/** Keep the register as the township's attendance clerk: exceptions, corrections, confirming the month (ATT-9, BUR-3). */
	ATTENDANCE_WRITE,
	/** Register one's own arrival in and departure from the village (ATT-2). */
	PRESENCE_REGISTER,
	/** Record spot checks of attendance, which go into the register (county organisation department, ATT-7). */
	ATTENDANCE_SPOT_CHECK,
	/**
	 * Approve or return the public commitments (承诺) of the people posted to the township's villages
	 * (township party committee, CON-1).
	 */
	COMMITMENT_APPROVE,
	/** Check in from a phone inside the village's geofence, where the county has switched it on (ATT-8). */
	CHECKIN_SUBMIT,
	/** Switch phone check-in on or off for one's own county (county organisation department, ATT-8, BUR-2). */
	CHECKIN_CONFIGURE,
	/** See the policy numbers in force for a region, city or county (POL-1). */
	POLICY_READ,
	/** Set the policy numbers of one's own region, city or county from a year on (organisation department, POL-1). */
	POLICY_WRITE,
	/** See the dispatching unit's duties towards its teams: meetings, leader visits, funds, subsidies (MTG-1..3, SUB-2). */
	UNIT_DUTY_READ,
	/** Record one's own unit's meetings, leader visits, working funds and subsidies (dispatching unit, MTG-1..3, SUB-2). */
	UNIT_DUTY_WRITE,
	/** See the bonus evidence of Annex 1–3 (media, funds secured, articles, suggestions, instructions) within the scope. */
	EVIDENCE_READ,
	/** Enter bonus evidence for oneself, one's team or one's unit's people (Annex 1–3). */
	EVIDENCE_WRITE,
	/** Verify or refuse bonus evidence so that it counts (township party committee, county organisation department). */
	EVIDENCE_VERIFY,
	/** See the work plans and their tasks within the data scope (TSK-1, TSK-2). */
	TASK_READ,
	/** Draft one's own work plan and one's team's, and submit it to the township (the cadre, TSK-1). */
	TASK_WRITE,
	/** Agree the work plans of one's villages, change agreed plans, mark tasks done or not done (township, TSK-1/2). */
	TASK_REVIEW,
	/** See training courses, attendance and the shortfalls within the data scope (TRN-1). */
	TRAINING_READ,
	/** Record training courses and their attendance (organisation department, TRN-1). */
	TRAINING_WRITE,
	/** See inspections, criticism notices, discipline and inaction findings within the data scope (SUP-1/2). */
	SUPERVISION_READ,
	/** Record inspections, findings, criticism notices, discipline and inaction findings (organisation department, SUP-1/2). */
	SUPERVISION_WRITE,
	/** Write and submit one's own reports: quarterly, semi-annual, annual, work information (dispatched cadre, REP-1..3). */
	REPORT_WRITE,
	/** Read the reports routed to one's office and mark them received (township, unit, county organisation department, poverty office, REP-1..5). */
	REPORT_RECEIVE,
	/** Record the meetings of Art. 5: the township's monthly hearing, the county's quarterly and the city's yearly meeting (REP-4). */
	MEETING_WRITE,
	/** Write one's own work log: entries, edits within the edit window, corrections, attachments (the cadre, LOG-1). */
	WORKLOG_WRITE,
	/**
	 * Read the work logs of the people within the scope, and the published reviews (通报): township,
	 * county organisation department, dispatching unit for its own people (LOG-1/2).
	 */
	WORKLOG_READ,
	/** Record the quarterly review of the logs of the township's people and publish it (通报) (township, LOG-2). */
	WORKLOG_REVIEW,
	/** See the satisfaction surveys and their results within the scope (township, county organisation department and poverty office, SAT-1). */
	SURVEY_READ,
	/** Set up surveys, generate codes and print slips, enter paper tallies, close surveys (township party committee, SAT-1, BUR-3). */
	SURVEY_WRITE,
	/** Follow and download one's own batch downloads of printed forms (FRM-1/2); nobody sees another's batch. */
	PRINT_BATCH,
	/** See the scoring sheets and templates within the data scope (SCO-A1/A2/A3, SCO-X, FRM-2). */
	SCORING_READ,
	/** Enter a rater's score on the items one's office is entitled to score (BUR-3, SCO-A2/A3). */
	SCORING_RATE,
	/** Refine the scoring templates for one's own county from a year on (county organisation department, POL-1). */
	SCORING_TEMPLATE_WRITE,
	/** Record a team's policy campaigns and skills trainings (township or the team, Annex 1 item 2.2). */
	SCORING_ACTIVITY_WRITE,
	/** See the quarterly and annual assessments, their lists and the meal subsidy within the data scope (ASM-1..7, USE-1..3, SUB-1). */
	ASSESSMENT_READ,
	/** Write one's own quarterly or annual summary and one's own opinion (the cadre, ASM-1, ASM-2). */
	ASSESSMENT_SUMMARY,
	/** Give the village party branch's opinion (ASM-1, ASM-2). */
	ASSESSMENT_VILLAGE,
	/** Start assessments, give the township party committee's opinion and grade, enter paper forms (township, ASM-1, ASM-2, BUR-3). */
	ASSESSMENT_TOWNSHIP,
	/** Give the dispatching unit's opinion on the annual assessment (ASM-2). */
	ASSESSMENT_UNIT,
	/** Give the county organisation department's opinion and confirm or change the annual grade (ASM-1, ASM-2). */
	ASSESSMENT_COUNTY_ORG,
	/** Give the county poverty-alleviation office's opinion and confirm or change the annual grade (ASM-1, ASM-2). */
	ASSESSMENT_COUNTY_POVERTY

}
