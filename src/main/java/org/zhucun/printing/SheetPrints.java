package org.zhucun.printing;

import org.springframework.stereotype.Component;
import org.zhucun.printing.render.PdfRender;
import org.zhucun.printing.render.SheetPrintLayout;

/** FRM-2: a filled scoring sheet of Annex 1–3 as PDF, in the annex's columns, with each score's arithmetic. */
@Component
public class SheetPrints {

	private final CjkFont font;

	public SheetPrints(CjkFont font) {
		this.font = font;
	}

	/** The sheet as a PDF; {@link CjkFontUnavailableException} without a font. */
	public byte[] pdf(SheetPrint sheet) {
		return PdfRender.pdf(SheetPrintLayout.xhtml(sheet), sheet.title(), font);
	}

	/** A file name for the sheet: 2026-石嘴村 李振华-驻村第一书记考核评分表.pdf. */
	public static String fileName(SheetPrint sheet) {
		return AssessmentForms.safeFileName(sheet.year() + "-" + sheet.subject() + "-" + sheet.title()) + ".pdf";
	}

}
