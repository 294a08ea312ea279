package org.zhucun.printing.render;

import java.util.ArrayList;
import java.util.List;

import org.zhucun.printing.AssessmentForm;
import org.zhucun.printing.AssessmentForm.Kind;
import org.zhucun.printing.AssessmentForm.Opinion;
import org.zhucun.printing.AssessmentForm.Party;
import org.zhucun.printing.render.FormTable.Cell;
import org.zhucun.printing.render.FormTable.Line;
import org.zhucun.printing.render.FormTable.Lines;
import org.zhucun.printing.render.FormTable.Row;

/**
 * The table of Annex 4 (平时考核登记表) and Annex 5 (年度考核意见表) as in the policy: the person's
 * facts in three rows, the tall summary with its signature, then one row per party's opinion with 盖章,
 * 负责人签字 and the date, the person's own opinion, and the review split between the county
 * organisation department and the county poverty office. Annex 5 adds the dispatching unit.
 */
public final class AssessmentFormLayout {

	public static final String QUARTERLY_TITLE = "扶贫开发驻村工作队人员和第一书记平时考核登记表";

	public static final String ANNUAL_TITLE = "扶贫开发驻村工作队人员和第一书记年度考核意见表";

	/** Six grid columns; columns 2–4 and 5–6 are the two halves of the review row. */
	private static final int[] COLUMNS = { 16, 16, 15, 11, 16, 26 };

	private AssessmentFormLayout() {
	}

	public static String title(Kind kind) {
		return kind == Kind.QUARTERLY ? QUARTERLY_TITLE : ANNUAL_TITLE;
	}

	public static FormTable table(AssessmentForm form) {
		boolean annual = form.kind() == Kind.ANNUAL;
		var p = form.person();
		List<Row> rows = new ArrayList<>();
		rows.add(new Row(11, List.of(Cell.label("姓名"), Cell.value(1, p.name()), Cell.label("性别"), Cell.value(1, p.gender()),
				Cell.label("出生年月"), Cell.value(1, p.birthMonth()))));
		rows.add(new Row(13, List.of(Cell.label("政治面貌"), Cell.value(1, p.politicalStatus()), Cell.label("工作单位及职务"),
				Cell.value(3, p.workUnitAndPost()))));
		rows.add(new Row(11, List.of(Cell.label("派驻村名称"), Cell.value(1, p.villageName()), Cell.label("驻村职务"),
				Cell.value(3, p.villageRole()))));
		var summary = form.summary();
		rows.add(new Row(annual ? 48 : 72, List.of(Cell.verticalLabel(annual ? "年度工作总结" : "季度工作开展情况"),
				Cell.block(5, new Lines().addIfPresent(summary.text())
					.add(Line.right("签名：" + pad(summary.signer()) + "\u3000\u3000" + Html.date(summary.signedOn())))
					.list()))));
		rows.add(opinionRow("村党支部意见", form, Party.VILLAGE_BRANCH, annual ? 25 : 32));
		rows.add(opinionRow("乡镇党委意见", form, Party.TOWNSHIP, annual ? 25 : 32));
		if (annual) {
			rows.add(opinionRow("派出单位意见", form, Party.UNIT, 25));
		}
		Opinion own = form.opinion(Party.PERSON).orElse(null);
		rows.add(new Row(annual ? 20 : 24, List.of(Cell.label("被考核人意见"), Cell.block(5, opinionLines(own)
			.add(Line.right("被考核人签字：" + pad(own == null ? null : own.signer()) + "\u3000\u3000"
					+ Html.date(own == null ? null : own.signedOn())))
			.list()))));
		rows.add(new Row(annual ? 38 : 42, List.of(Cell.label("审核部门意见"),
				Cell.block(3, reviewLines("县（区）组织部门意见：", form.opinion(Party.COUNTY_ORGANISATION).orElse(null))),
				Cell.block(2, reviewLines("县（区）扶贫部门意见：", form.opinion(Party.COUNTY_POVERTY).orElse(null))))));
		return new FormTable(title(form.kind()), form.period() == null ? "\u3000\u3000\u3000\u3000" + (annual ? "年度" : "季度")
				: form.period(), COLUMNS, rows);
	}

	private static Row opinionRow(String label, AssessmentForm form, Party party, int height) {
		Opinion opinion = form.opinion(party).orElse(null);
		return new Row(height, List.of(Cell.label(label), Cell.block(5, opinionLines(opinion).add(Line.right("盖章"))
			.add(Line.right("负责人签字：" + pad(opinion == null ? null : opinion.signer()) + "\u3000\u3000"
					+ Html.date(opinion == null ? null : opinion.signedOn())))
			.list())));
	}

	private static List<Line> reviewLines(String heading, Opinion opinion) {
		Lines lines = new Lines().add(Line.left(heading));
		opinionLines(lines, opinion);
		if (opinion != null && opinion.signer() != null && !opinion.signer().isBlank()) {
			lines.add(Line.right("负责人签字：" + opinion.signer().strip()));
		}
		return lines.add(Line.right("盖章")).add(Line.right(Html.date(opinion == null ? null : opinion.signedOn()))).list();
	}

	private static Lines opinionLines(Opinion opinion) {
		return opinionLines(new Lines(), opinion);
	}

	private static Lines opinionLines(Lines lines, Opinion opinion) {
		if (opinion == null) {
			return lines;
		}
		lines.addIfPresent(opinion.text());
		if (opinion.grade() != null && !opinion.grade().isBlank()) {
			lines.add(Line.bold("考核等次：" + opinion.grade().strip()));
		}
		return lines;
	}

	/** A signer's name, or the blank a hand-written signature goes into. */
	private static String pad(String signer) {
		return signer == null || signer.isBlank() ? "\u3000\u3000\u3000\u3000\u3000\u3000" : signer.strip();
	}

}
