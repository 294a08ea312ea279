package org.zhucun.identity;

import static org.zhucun.common.security.Permission.ACCOUNT_READ;
import static org.zhucun.common.security.Permission.ACCOUNT_WRITE;
import static org.zhucun.common.security.Permission.AUDIT_READ;
import static org.zhucun.common.security.Permission.CALENDAR_READ;
import static org.zhucun.common.security.Permission.CALENDAR_WRITE;
import static org.zhucun.common.security.Permission.CHECKIN_CONFIGURE;
import static org.zhucun.common.security.Permission.CHECKIN_SUBMIT;
import static org.zhucun.common.security.Permission.LOCAL_HOLIDAY_WRITE;
import static org.zhucun.common.security.Permission.ATTENDANCE_READ;
import static org.zhucun.common.security.Permission.ATTENDANCE_SPOT_CHECK;
import static org.zhucun.common.security.Permission.ATTENDANCE_WRITE;
import static org.zhucun.common.security.Permission.PRESENCE_REGISTER;
import static org.zhucun.common.security.Permission.POLICY_READ;
import static org.zhucun.common.security.Permission.POLICY_WRITE;
import static org.zhucun.common.security.Permission.LEAVE_APPROVE;
import static org.zhucun.common.security.Permission.LEAVE_READ;
import static org.zhucun.common.security.Permission.LEAVE_REQUEST;
import static org.zhucun.common.security.Permission.COMMITMENT_APPROVE;
import static org.zhucun.common.security.Permission.OFFICE_READ;
import static org.zhucun.common.security.Permission.OFFICE_WRITE;
import static org.zhucun.common.security.Permission.ORG_IMPORT;
import static org.zhucun.common.security.Permission.ORG_TREE_READ;
import static org.zhucun.common.security.Permission.ORG_TREE_WRITE;
import static org.zhucun.common.security.Permission.PERSONAL_DATA_VIEW;
import static org.zhucun.common.security.Permission.PERSON_IMPORT;
import static org.zhucun.common.security.Permission.PERSON_READ;
import static org.zhucun.common.security.Permission.PERSON_WRITE;
import static org.zhucun.common.security.Permission.UNIT_READ;
import static org.zhucun.common.security.Permission.UNIT_WRITE;
import static org.zhucun.common.security.Permission.WORKBENCH;
import static org.zhucun.common.security.Permission.UNIT_DUTY_READ;
import static org.zhucun.common.security.Permission.UNIT_DUTY_WRITE;
import static org.zhucun.common.security.Permission.EVIDENCE_READ;
import static org.zhucun.common.security.Permission.EVIDENCE_WRITE;
import static org.zhucun.common.security.Permission.EVIDENCE_VERIFY;
import static org.zhucun.common.security.Permission.TASK_READ;
import static org.zhucun.common.security.Permission.TASK_WRITE;
import static org.zhucun.common.security.Permission.TASK_REVIEW;
import static org.zhucun.common.security.Permission.TRAINING_READ;
import static org.zhucun.common.security.Permission.TRAINING_WRITE;
import static org.zhucun.common.security.Permission.SUPERVISION_READ;
import static org.zhucun.common.security.Permission.SUPERVISION_WRITE;
import static org.zhucun.common.security.Permission.MEETING_WRITE;
import static org.zhucun.common.security.Permission.REPORT_RECEIVE;
import static org.zhucun.common.security.Permission.REPORT_WRITE;
import static org.zhucun.common.security.Permission.WORKLOG_READ;
import static org.zhucun.common.security.Permission.WORKLOG_REVIEW;
import static org.zhucun.common.security.Permission.WORKLOG_WRITE;
import static org.zhucun.common.security.Permission.SURVEY_READ;
import static org.zhucun.common.security.Permission.SURVEY_WRITE;
import static org.zhucun.common.security.Permission.PRINT_BATCH;
import static org.zhucun.common.security.Permission.SCORING_ACTIVITY_WRITE;
import static org.zhucun.common.security.Permission.SCORING_RATE;
import static org.zhucun.common.security.Permission.SCORING_READ;
import static org.zhucun.common.security.Permission.SCORING_TEMPLATE_WRITE;
import static org.zhucun.common.security.Permission.ASSESSMENT_COUNTY_ORG;
import static org.zhucun.common.security.Permission.ASSESSMENT_COUNTY_POVERTY;
import static org.zhucun.common.security.Permission.ASSESSMENT_READ;
import static org.zhucun.common.security.Permission.ASSESSMENT_SUMMARY;
import static org.zhucun.common.security.Permission.ASSESSMENT_TOWNSHIP;
import static org.zhucun.common.security.Permission.ASSESSMENT_UNIT;
import static org.zhucun.common.security.Permission.ASSESSMENT_VILLAGE;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.zhucun.common.security.Permission;
import org.zhucun.organisation.OfficeKind;

/**
 * The built-in roles: one per office kind of ORG-4, the dispatched cadre, and the three
 * administrators of SEC-1 (system, security, audit), which one account may never combine.
 */
public enum Role {

	ORGANISATION_DEPARTMENT(OfficeKind.ORGANISATION_DEPARTMENT, WORKBENCH, ORG_TREE_READ, ORG_TREE_WRITE, UNIT_READ,
			UNIT_WRITE, OFFICE_READ, PERSON_READ, PERSON_WRITE, PERSON_IMPORT, PERSONAL_DATA_VIEW, CALENDAR_READ,
			LOCAL_HOLIDAY_WRITE, LEAVE_APPROVE, LEAVE_READ, ATTENDANCE_READ, ATTENDANCE_SPOT_CHECK, CHECKIN_CONFIGURE,
			POLICY_READ, POLICY_WRITE, UNIT_DUTY_READ, EVIDENCE_READ, EVIDENCE_WRITE, EVIDENCE_VERIFY, WORKLOG_READ,
			TASK_READ, TRAINING_READ, TRAINING_WRITE, SUPERVISION_READ, SUPERVISION_WRITE, REPORT_RECEIVE, MEETING_WRITE, SURVEY_READ,
			PRINT_BATCH, SCORING_READ, SCORING_RATE, SCORING_TEMPLATE_WRITE, ASSESSMENT_READ, ASSESSMENT_COUNTY_ORG),
	RURAL_WORK_OFFICE(OfficeKind.RURAL_WORK_OFFICE, WORKBENCH, ORG_TREE_READ, UNIT_READ, OFFICE_READ, PERSON_READ,
			CALENDAR_READ, LEAVE_READ, ATTENDANCE_READ, TASK_READ, TRAINING_READ, SUPERVISION_READ, PRINT_BATCH, SCORING_READ),
	POVERTY_ALLEVIATION_OFFICE(OfficeKind.POVERTY_ALLEVIATION_OFFICE, WORKBENCH, ORG_TREE_READ, UNIT_READ, OFFICE_READ,
			PERSON_READ, CALENDAR_READ, LEAVE_READ, ATTENDANCE_READ, TASK_READ, TRAINING_READ, SUPERVISION_READ,
			REPORT_RECEIVE, SURVEY_READ, PRINT_BATCH, SCORING_READ, SCORING_RATE, ASSESSMENT_READ, ASSESSMENT_COUNTY_POVERTY),
	TOWNSHIP_PARTY_COMMITTEE(OfficeKind.TOWNSHIP_PARTY_COMMITTEE, WORKBENCH, ORG_TREE_READ, OFFICE_READ, PERSON_READ,
			PERSON_IMPORT, CALENDAR_READ, LEAVE_REQUEST, LEAVE_APPROVE, LEAVE_READ, ATTENDANCE_READ, ATTENDANCE_WRITE,
			COMMITMENT_APPROVE, UNIT_DUTY_READ, EVIDENCE_READ, EVIDENCE_WRITE, EVIDENCE_VERIFY, WORKLOG_READ,
			WORKLOG_REVIEW, TASK_READ, TASK_REVIEW, TRAINING_READ, SUPERVISION_READ, REPORT_RECEIVE, MEETING_WRITE,
			SURVEY_READ, SURVEY_WRITE, PRINT_BATCH, SCORING_READ, SCORING_RATE, SCORING_ACTIVITY_WRITE, ASSESSMENT_READ,
			ASSESSMENT_TOWNSHIP),
	VILLAGE_PARTY_BRANCH(OfficeKind.VILLAGE_PARTY_BRANCH, WORKBENCH, ORG_TREE_READ, CALENDAR_READ, PRINT_BATCH, SCORING_READ,
			SCORING_RATE, ASSESSMENT_READ, ASSESSMENT_VILLAGE),
	DISPATCHING_UNIT(OfficeKind.DISPATCHING_UNIT, WORKBENCH, UNIT_READ, PERSON_READ, PERSON_WRITE, PERSON_IMPORT,
			CALENDAR_READ, LEAVE_APPROVE, LEAVE_READ, ATTENDANCE_READ, UNIT_DUTY_READ, UNIT_DUTY_WRITE, EVIDENCE_READ,
			EVIDENCE_WRITE, WORKLOG_READ, TASK_READ, TRAINING_READ, SUPERVISION_READ, REPORT_RECEIVE, PRINT_BATCH, SCORING_READ,
			ASSESSMENT_READ, ASSESSMENT_UNIT),
	/** Sees their own record only (ORG-5: the scope of a linked cadre is their own person). */
	DISPATCHED_CADRE(null, WORKBENCH, PERSON_READ, CALENDAR_READ, LEAVE_REQUEST, LEAVE_READ, PRESENCE_REGISTER,
			CHECKIN_SUBMIT, EVIDENCE_READ, EVIDENCE_WRITE, WORKLOG_WRITE, TASK_READ, TASK_WRITE, TRAINING_READ,
			REPORT_WRITE, SCORING_READ, SCORING_ACTIVITY_WRITE, ASSESSMENT_READ, ASSESSMENT_SUMMARY),
	SYSTEM_ADMIN(null, WORKBENCH, ORG_TREE_READ, ORG_TREE_WRITE, ORG_IMPORT, UNIT_READ, UNIT_WRITE, OFFICE_READ,
			OFFICE_WRITE, CALENDAR_READ, CALENDAR_WRITE),
	SECURITY_ADMIN(null, WORKBENCH, ACCOUNT_READ, ACCOUNT_WRITE),
	AUDIT_ADMIN(null, WORKBENCH, AUDIT_READ);

	private final OfficeKind officeKind;

	private final Set<Permission> permissions;

	Role(OfficeKind officeKind, Permission first, Permission... rest) {
		this.officeKind = officeKind;
		this.permissions = EnumSet.of(first, rest);
	}

	public Set<Permission> permissions() {
		return Set.copyOf(permissions);
	}

	/** The office kind this role acts for, if it is an office role. */
	public Optional<OfficeKind> officeKind() {
		return Optional.ofNullable(officeKind);
	}

	/** SEC-1: the three administrator roles. */
	public boolean isAdministrator() {
		return this == SYSTEM_ADMIN || this == SECURITY_ADMIN || this == AUDIT_ADMIN;
	}

	/** The role of the users of an office of this kind. */
	public static Role forOffice(OfficeKind kind) {
		for (Role r : values()) {
			if (r.officeKind == kind) {
				return r;
			}
		}
		throw new IllegalArgumentException("No role for office kind " + kind);
	}

	public String messageKey() {
		return "role." + name();
	}

}
