package org.zhucun.assessment.rules;

/**
 * A step of the sign-off chains of Annex 4 and Annex 5: the person's summary, the village party
 * branch, the township party committee (with the grade), the dispatching unit (annual only), the
 * person's own opinion, and the county's organisation department and poverty-alleviation office.
 */
public enum Step {

	SUMMARY, VILLAGE, TOWNSHIP, UNIT, PERSON, COUNTY_ORG, COUNTY_POVERTY;

	/** The two county offices sign in either order (Annex 4/5: 审核部门意见). */
	public boolean isCounty() {
		return this == COUNTY_ORG || this == COUNTY_POVERTY;
	}

	/** Whether this step sets the grade: the township proposes it, the county confirms or changes it (annual). */
	public boolean setsGrade(AssessmentKind kind) {
		return this == TOWNSHIP || (kind == AssessmentKind.ANNUAL && isCounty());
	}

	public String messageKey() {
		return "assessment.step." + name();
	}

}
