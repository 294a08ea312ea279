package org.zhucun.reporting.rules;

import java.util.List;

import org.zhucun.organisation.OfficeKind;

/**
 * The kinds of report of REP-1..3 and who receives each: the quarterly report and work information
 * go to the township party committee of the person's village and the dispatching unit; the
 * semi-annual and annual written reports to the county organisation department and the county
 * poverty-alleviation office.
 */
public enum ReportKind {

	/** 季度报告 (REP-1) */
	QUARTERLY(Recipients.TOWNSHIP_AND_UNIT),
	/** 半年书面报告 (REP-2) */
	SEMI_ANNUAL(Recipients.COUNTY),
	/** 年度书面报告 (REP-2) */
	ANNUAL(Recipients.COUNTY),
	/** 工作信息/动态, sent ad hoc (REP-3) */
	WORK_INFO(Recipients.TOWNSHIP_AND_UNIT);

	/** Where the recipients sit. */
	public enum Recipients {

		/** The township party committee of the village and the dispatching unit's office. */
		TOWNSHIP_AND_UNIT(List.of(OfficeKind.TOWNSHIP_PARTY_COMMITTEE, OfficeKind.DISPATCHING_UNIT)),
		/** The county organisation department and the county poverty-alleviation office. */
		COUNTY(List.of(OfficeKind.ORGANISATION_DEPARTMENT, OfficeKind.POVERTY_ALLEVIATION_OFFICE));

		private final List<OfficeKind> officeKinds;

		Recipients(List<OfficeKind> officeKinds) {
			this.officeKinds = officeKinds;
		}

		public List<OfficeKind> officeKinds() {
			return officeKinds;
		}

	}

	private final Recipients recipients;

	ReportKind(Recipients recipients) {
		this.recipients = recipients;
	}

	public Recipients recipients() {
		return recipients;
	}

	/** Whether an office of this kind is among the recipients of this kind of report. */
	public boolean sentTo(OfficeKind kind) {
		return recipients.officeKinds().contains(kind);
	}

	/** Whether reports of this kind have periods and due dates (all but work information). */
	public boolean periodic() {
		return this != WORK_INFO;
	}

	/** The periods of a year: quarters 1..4 for the quarterly report, one for the written reports, none for work information. */
	public List<Integer> periods() {
		return switch (this) {
			case QUARTERLY -> List.of(1, 2, 3, 4);
			case SEMI_ANNUAL, ANNUAL -> List.of(1);
			case WORK_INFO -> List.of();
		};
	}

	public String messageKey() {
		return "reporting.kind." + name();
	}

}
