package org.zhucun.assessment.rules;

import java.util.List;

/** The quarterly assessment of Annex 4 (ASM-1) and the annual one of Annex 5 (ASM-2). */
public enum AssessmentKind {

	QUARTERLY(List.of(Step.SUMMARY, Step.VILLAGE, Step.TOWNSHIP, Step.PERSON, Step.COUNTY_ORG, Step.COUNTY_POVERTY)),
	ANNUAL(List.of(Step.SUMMARY, Step.VILLAGE, Step.TOWNSHIP, Step.UNIT, Step.PERSON, Step.COUNTY_ORG,
			Step.COUNTY_POVERTY));

	private final List<Step> steps;

	AssessmentKind(List<Step> steps) {
		this.steps = steps;
	}

	/** The steps of the chain in the order of the form. */
	public List<Step> steps() {
		return steps;
	}

	public String messageKey() {
		return "assessment.kind." + name();
	}

}
