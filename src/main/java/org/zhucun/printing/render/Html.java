package org.zhucun.printing.render;

import java.time.LocalDate;

/** Small helpers for the XHTML the PDFs are laid out from, and for the dates printed on the forms. */
public final class Html {

	/** The place of a date not yet written, as on the paper form. */
	public static final String BLANK_DATE = "\u3000\u3000年\u3000\u3000月\u3000\u3000日";

	private Html() {
	}

	/** Text as XHTML, line breaks kept; null prints nothing. */
	public static String text(String value) {
		if (value == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(value.length() + 16);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				case '\r' -> {
				}
				case '\n' -> out.append("<br/>");
				// the minus sign of the arithmetic texts (SCO-X): WenQuanYi has no glyph for it
				case '\u2212' -> out.append('-');
				default -> {
					// characters XML 1.0 does not allow are left out
					if (c >= 0x20 || c == '\t') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	/** The characters of a label one under another, as the tall labels of the annexes are printed. */
	public static String vertical(String label) {
		StringBuilder out = new StringBuilder();
		label.codePoints().forEach(cp -> {
			if (!out.isEmpty()) {
				out.append("<br/>");
			}
			out.append(text(new String(Character.toChars(cp))));
		});
		return out.toString();
	}

	/** 2026年10月8日, or the blank 年 月 日 of the paper form. */
	public static String date(LocalDate day) {
		return day == null ? BLANK_DATE : day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}

	/** Null or blank as the empty string, otherwise trimmed. */
	public static String plain(String value) {
		return value == null ? "" : value.strip();
	}

	/** The page, the font and the table rules shared by every printed form. */
	public static String document(String title, String extraCss, String body) {
		return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head><meta charset=\"utf-8\"/><title>"
				+ text(title) + "</title><style>\n"
				+ "@page { size: A4; margin: 18mm 18mm 16mm 18mm; }\n"
				+ "body { font-family: 'cjk'; font-size: 11pt; line-height: 1.45; color: #000; }\n"
				+ "h1 { font-size: 16pt; font-weight: bold; text-align: center; margin: 0 0 1mm 0; }\n"
				+ "p.period { font-size: 13pt; text-align: center; margin: 0 0 4mm 0; }\n"
				+ "table.form { width: 100%; border-collapse: collapse; table-layout: fixed; }\n"
				+ "table.form td, table.form th { border: 0.8pt solid #000; padding: 1.6mm 2mm; vertical-align: middle; "
				+ "word-wrap: break-word; }\n"
				+ "td.label, th { text-align: center; }\n"
				+ "table.form td.top { vertical-align: top; }\n"
				+ "div.sign { text-align: right; margin-top: 3mm; }\n"
				+ "div.seal { text-align: right; margin-top: 3mm; padding-right: 40mm; }\n"
				+ "div.grade { margin-top: 2mm; font-weight: bold; }\n"
				+ extraCss + "\n</style></head><body>" + body + "</body></html>";
	}

}
