package org.zhucun.scoring.rules;

import org.zhucun.organisation.OfficeKind;

/**
 * Who scores an item that needs judgement (Annex 1–3), and which office enters the score: an office
 * scores for itself; the scores of people (team leader, team members, village cadres) are entered by
 * the village party branch or, from paper, by the township party committee (BUR-3).
 */
public enum RaterKind {

	/** 县（区）党委组织部 */
	COUNTY_ORGANISATION_DEPARTMENT(OfficeKind.ORGANISATION_DEPARTMENT),
	/** 县（区）扶贫办 */
	COUNTY_POVERTY_OFFICE(OfficeKind.POVERTY_ALLEVIATION_OFFICE),
	/** 乡（镇）党委 */
	TOWNSHIP_PARTY_COMMITTEE(OfficeKind.TOWNSHIP_PARTY_COMMITTEE),
	/** 村“两委”负责人 */
	VILLAGE_COMMITTEES(OfficeKind.VILLAGE_PARTY_BRANCH),
	/** 村干部 */
	VILLAGE_CADRES(OfficeKind.VILLAGE_PARTY_BRANCH),
	/** 工作队长 */
	TEAM_LEADER(OfficeKind.TOWNSHIP_PARTY_COMMITTEE),
	/** 工作队员 */
	TEAM_MEMBERS(OfficeKind.TOWNSHIP_PARTY_COMMITTEE),
	/** 派出单位 */
	DISPATCHING_UNIT(OfficeKind.DISPATCHING_UNIT);

	private final OfficeKind enteredBy;

	RaterKind(OfficeKind enteredBy) {
		this.enteredBy = enteredBy;
	}

	/**
	 * Whether an office of this kind may enter a score of this rater: its own kind, or the township
	 * party committee entering the score of a village's rater from paper (BUR-3).
	 */
	public boolean enterableBy(OfficeKind office) {
		return office == enteredBy || office == OfficeKind.TOWNSHIP_PARTY_COMMITTEE && enteredBy == OfficeKind.VILLAGE_PARTY_BRANCH;
	}

	/** Whether the annex names a county office (县（区）党委组织部, 扶贫办): only the county's own office scores it. */
	public boolean countyOffice() {
		return this == COUNTY_ORGANISATION_DEPARTMENT || this == COUNTY_POVERTY_OFFICE;
	}

	public String messageKey() {
		return "scoring.rater." + name();
	}

}
