package org.zhucun.printing.render;

import java.math.BigDecimal;
import java.util.List;

import org.zhucun.printing.SheetPrint;
import org.zhucun.printing.SheetPrint.Row;

/**
 * A filled scoring sheet of Annex 1–3 as XHTML, in the annex's columns 考评内容, 考评指标, 赋分, 评分标准,
 * 得分: consecutive items of one section share the section's cell; each score's arithmetic (SCO-X) is
 * printed under its rule; base, bonus and total close the table; notes follow it.
 */
public final class SheetPrintLayout {

	private SheetPrintLayout() {
	}

	public static String xhtml(SheetPrint sheet) {
		StringBuilder body = new StringBuilder();
		body.append("<h1>").append(Html.text(sheet.title())).append("</h1>");
		body.append("<p class=\"period\">").append(Html.text(sheet.year() + "年度")).append("</p>");
		body.append("<table class=\"meta\"><tr><td>").append("考评对象：").append(Html.text(sheet.subject()))
			.append("</td><td class=\"right\">").append("评分表版本：").append(Html.text(sheet.templateVersion()))
			.append("</td></tr></table>");
		body.append("<table class=\"form sheet\"><colgroup><col style=\"width:13%\"/><col style=\"width:20%\"/>")
			.append("<col style=\"width:8%\"/><col style=\"width:49%\"/><col style=\"width:10%\"/></colgroup>")
			.append("<thead><tr><th>考评内容</th><th>考评指标</th><th>赋分</th><th>评分标准</th><th>得分</th></tr></thead><tbody>");
		List<Row> rows = sheet.rows();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			body.append("<tr>");
			if (i == 0 || !same(rows.get(i - 1).section(), row.section())) {
				int span = 1;
				while (i + span < rows.size() && same(rows.get(i + span).section(), row.section())) {
					span++;
				}
				body.append("<td class=\"label\"").append(span > 1 ? " rowspan=\"" + span + "\"" : "").append('>')
					.append(Html.text(row.section())).append("</td>");
			}
			body.append("<td>").append(Html.text(row.item())).append("</td>");
			body.append("<td class=\"num\">").append(number(row.maximum())).append("</td>");
			body.append("<td class=\"rule\">").append(Html.text(row.rule()));
			if (row.arithmetic() != null && !row.arithmetic().isBlank()) {
				body.append("<div class=\"arith\">").append(Html.text(row.arithmetic())).append("</div>");
			}
			body.append("</td>");
			body.append("<td class=\"num\">").append(row.score() == null ? "&#160;" : number(row.score())).append("</td>");
			body.append("</tr>");
		}
		total(body, "基础分", sheet.base());
		total(body, "加分", sheet.bonus());
		total(body, "总分", sheet.total());
		body.append("</tbody></table>");
		if (!sheet.notes().isEmpty()) {
			body.append("<div class=\"notes\"><div>说明：</div>");
			sheet.notes().forEach(note -> body.append("<div>").append(Html.text(note)).append("</div>"));
			body.append("</div>");
		}
		String css = "table.meta { width: 100%; margin-bottom: 2mm; } td.right { text-align: right; }\n"
				+ "table.sheet { font-size: 9.5pt; } table.sheet th { font-weight: bold; background: #eee; }\n"
				+ "table.sheet thead { display: table-header-group; } table.sheet tr { page-break-inside: avoid; }\n"
				+ "td.num { text-align: center; } div.arith { color: #333; font-size: 8.5pt; margin-top: 1mm; }\n"
				+ "tr.total td { font-weight: bold; } div.notes { margin-top: 3mm; font-size: 9.5pt; }";
		return Html.document(sheet.title(), css, body.toString());
	}

	private static void total(StringBuilder body, String label, BigDecimal value) {
		body.append("<tr class=\"total\"><td class=\"label\" colspan=\"4\">").append(label).append("</td><td class=\"num\">")
			.append(value == null ? "&#160;" : number(value)).append("</td></tr>");
	}

	private static boolean same(String a, String b) {
		return a != null && a.equals(b);
	}

	/** 9.4, 70, 0.3 — never 9.40 or 7E+1. */
	static String number(BigDecimal value) {
		if (value == null) {
			return "";
		}
		BigDecimal plain = value.stripTrailingZeros();
		return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
	}

}
