package org.zhucun.printing.render;

import org.zhucun.printing.render.FormTable.Cell;
import org.zhucun.printing.render.FormTable.Kind;
import org.zhucun.printing.render.FormTable.Line;
import org.zhucun.printing.render.FormTable.Row;

/** A {@link FormTable} as an XHTML page for the PDF renderer. */
public final class HtmlTable {

	private HtmlTable() {
	}

	public static String xhtml(FormTable table) {
		StringBuilder body = new StringBuilder();
		body.append("<h1>").append(Html.text(table.title())).append("</h1>");
		if (table.period() != null) {
			body.append("<p class=\"period\">（").append(Html.text(table.period())).append("）</p>");
		}
		body.append("<table class=\"form\"><colgroup>");
		for (int percent : table.columnPercents()) {
			body.append("<col style=\"width:").append(percent).append("%\"/>");
		}
		body.append("</colgroup><tbody>");
		for (Row row : table.rows()) {
			body.append("<tr");
			if (row.minHeightMm() > 0) {
				body.append(" style=\"height:").append(row.minHeightMm()).append("mm\"");
			}
			body.append('>');
			for (Cell cell : row.cells()) {
				cell(body, row, cell);
			}
			body.append("</tr>");
		}
		body.append("</tbody></table>");
		return Html.document(table.title(), "td.vertical { line-height: 1.25; }", body.toString());
	}

	private static void lines(StringBuilder body, Cell cell, java.util.List<Line> lines) {
		boolean label = cell.kind() == Kind.LABEL || cell.kind() == Kind.VERTICAL_LABEL;
		for (Line line : lines) {
			String text = cell.kind() == Kind.VERTICAL_LABEL ? Html.vertical(line.text()) : Html.text(line.text());
			body.append("<div style=\"text-align:")
				.append(label ? "center" : line.align().name().toLowerCase(java.util.Locale.ROOT));
			if (line.bold()) {
				body.append(";font-weight:bold");
			}
			if (line.gapBefore()) {
				body.append(";margin-top:3mm");
			}
			body.append("\">").append(text.isEmpty() ? "&#160;" : text).append("</div>");
		}
	}

	private static void cell(StringBuilder body, Row row, Cell cell) {
		String css = switch (cell.kind()) {
			case LABEL -> "label";
			case VERTICAL_LABEL -> "label vertical";
			case VALUE -> "value";
			case BLOCK -> "top";
		};
		body.append("<td class=\"").append(css).append('"');
		if (cell.span() > 1) {
			body.append(" colspan=\"").append(cell.span()).append('"');
		}
		body.append('>');
		if (cell.kind() == Kind.BLOCK && !cell.foot().isEmpty() && row.minHeightMm() > 0) {
			body.append("<div style=\"min-height:").append(String.format(java.util.Locale.ROOT, "%.1f", row.bodyHeightMm(cell)))
				.append("mm\">");
			lines(body, cell, cell.body());
			body.append("</div>");
			lines(body, cell, cell.foot());
		}
		else {
			lines(body, cell, cell.lines());
		}
		body.append("</td>");
	}

}
