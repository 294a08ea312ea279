package org.zhucun.printing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The content of a printed assessment form (FRM-1): Annex 4, the quarterly registration form
 * (平时考核登记表), or Annex 5, the annual opinion form (年度考核意见表). Any text may be null or
 * blank: a step not taken prints empty, as on the paper form.
 *
 * @param kind quarterly (Annex 4) or annual (Annex 5)
 * @param period the period as printed in the title's brackets, e.g. 2026年第三季度 or 2026年度
 * @param person the facts of the upper rows
 * @param summary the person's quarterly work (季度工作开展情况) or annual summary (年度工作总结)
 * @param opinions the opinions given so far, at most one per party; missing parties print empty
 */
public record AssessmentForm(Kind kind, String period, Person person, Summary summary, List<Opinion> opinions) {

	public AssessmentForm {
		if (kind == null) {
			throw new IllegalArgumentException("kind");
		}
		person = person == null ? new Person(null, null, null, null, null, null, null) : person;
		summary = summary == null ? new Summary(null, null, null) : summary;
		opinions = opinions == null ? List.of() : List.copyOf(opinions);
	}

	/** The opinion of a party, if it gave one. */
	public Optional<Opinion> opinion(Party party) {
		return opinions.stream().filter(o -> o.party() == party).findFirst();
	}

	/** Annex 4 or Annex 5. */
	public enum Kind {

		/** Annex 4: 扶贫开发驻村工作队人员和第一书记平时考核登记表. */
		QUARTERLY,
		/** Annex 5: 扶贫开发驻村工作队人员和第一书记年度考核意见表. */
		ANNUAL

	}

	/** Who gives an opinion, in the order of the form's rows. */
	public enum Party {

		/** 村党支部意见 */
		VILLAGE_BRANCH,
		/** 乡镇党委意见 */
		TOWNSHIP,
		/** 派出单位意见 (Annex 5 only) */
		UNIT,
		/** 被考核人意见 */
		PERSON,
		/** 审核部门意见: 县（区）组织部门意见 */
		COUNTY_ORGANISATION,
		/** 审核部门意见: 县（区）扶贫部门意见 */
		COUNTY_POVERTY

	}

	/**
	 * The upper rows of the form.
	 *
	 * @param birthMonth as printed, e.g. 1985年3月 (see {@link AssessmentForms#birthMonth})
	 * @param workUnitAndPost 工作单位及职务
	 * @param villageRole 驻村职务, e.g. 第一书记 or 工作队队员
	 */
	public record Person(String name, String gender, String birthMonth, String politicalStatus, String workUnitAndPost,
			String villageName, String villageRole) {
	}

	/** The person's own account of the period, signed and dated. */
	public record Summary(String text, String signer, LocalDate signedOn) {
	}

	/**
	 * One party's opinion.
	 *
	 * @param grade the grade wording the party gave (称职, 合格, 优秀 …), or null
	 * @param signer who signed (负责人签字, 被考核人签字)
	 */
	public record Opinion(Party party, String text, String grade, String signer, LocalDate signedOn) {
	}

}
