package org.zhucun.printing;

import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.stereotype.Component;
import org.zhucun.printing.render.AssessmentFormLayout;
import org.zhucun.printing.render.DocxTable;
import org.zhucun.printing.render.HtmlTable;
import org.zhucun.printing.render.PdfRender;

/**
 * FRM-1: the quarterly registration form (Annex 4) and the annual opinion form (Annex 5) as Word
 * and as PDF, both in the annex's layout (one model, two renderers).
 */
@Component
public class AssessmentForms {

	/** The content type of {@link #docx}. */
	public static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private final CjkFont font;

	public AssessmentForms(CjkFont font) {
		this.font = font;
	}

	/** The form as a .docx (A4, 仿宋/宋体). */
	public byte[] docx(AssessmentForm form) {
		return DocxTable.docx(AssessmentFormLayout.table(form));
	}

	/** The form as a PDF with the Chinese text embedded; {@link CjkFontUnavailableException} without a font. */
	public byte[] pdf(AssessmentForm form) {
		return PdfRender.pdf(HtmlTable.xhtml(AssessmentFormLayout.table(form)), AssessmentFormLayout.title(form.kind()), font);
	}

	/** The annex's title of the form. */
	public static String title(AssessmentForm.Kind kind) {
		return AssessmentFormLayout.title(kind);
	}

	/** A file name for the form: 石嘴村-李振华-2026年第三季度-平时考核登记表.pdf. */
	public static String fileName(AssessmentForm form, String extension) {
		String kind = form.kind() == AssessmentForm.Kind.QUARTERLY ? "平时考核登记表" : "年度考核意见表";
		StringBuilder name = new StringBuilder();
		for (String part : new String[] { form.person().villageName(), form.person().name(), form.period(), kind }) {
			if (part != null && !part.isBlank()) {
				name.append(name.isEmpty() ? "" : "-").append(part.strip());
			}
		}
		return safeFileName(name.toString()) + "." + extension;
	}

	/** A birth month as the form prints it: 1985年3月. */
	public static String birthMonth(YearMonth month) {
		return month == null ? null : month.getYear() + "年" + month.getMonthValue() + "月";
	}

	/** A birth date's month as the form prints it: 1985年3月. */
	public static String birthMonth(LocalDate birthDate) {
		return birthDate == null ? null : birthMonth(YearMonth.from(birthDate));
	}

	/** A name safe inside a .zip and on any file system: no separators or reserved characters. */
	public static String safeFileName(String name) {
		String safe = name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
		return safe.isEmpty() ? "file" : safe;
	}

}
