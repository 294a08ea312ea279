package org.zhucun.printing;

import java.math.BigDecimal;
import java.util.List;

/**
 * A filled scoring sheet of Annex 1–3 to print (FRM-2), in the annex's columns 考评内容, 考评指标,
 * 赋分, 评分标准, 得分. Consecutive rows of one section share its cell.
 *
 * @param title the annex's title, e.g. 驻村第一书记考核评分表
 * @param subject whom the sheet is about: a person or a team, and the village
 * @param year the assessment year
 * @param templateVersion the version of the template the sheet follows, as printed
 * @param rows the items in order
 * @param base the sum of the base items
 * @param bonus the bonus points
 * @param total the total
 * @param notes incomplete items, template warnings: printed under the table
 */
public record SheetPrint(String title, String subject, int year, String templateVersion, List<Row> rows, BigDecimal base,
		BigDecimal bonus, BigDecimal total, List<String> notes) {

	public SheetPrint {
		rows = rows == null ? List.of() : List.copyOf(rows);
		notes = notes == null ? List.of() : List.copyOf(notes);
	}

	/**
	 * One item of the sheet.
	 *
	 * @param section 考评内容 (e.g. 履职情况)
	 * @param item 考评指标
	 * @param maximum 赋分
	 * @param rule 评分标准
	 * @param score 得分, null while not scored
	 * @param arithmetic how the score was reached (SCO-X), printed under the rule
	 */
	public record Row(String section, String item, BigDecimal maximum, String rule, BigDecimal score, String arithmetic) {
	}

}
