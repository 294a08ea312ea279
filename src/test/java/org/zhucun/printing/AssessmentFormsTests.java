package org.zhucun.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.DisplayName;
import org.zhucun.PrintedFiles;
import org.junit.jupiter.api.Test;

/** FRM-1: Annex 4 and Annex 5 as Word and PDF, with the CJK font of this machine. */
class AssessmentFormsTests {

	final AssessmentForms forms = new AssessmentForms(new CjkFont(""));

	@Test
	@DisplayName("FRM-1: the Annex 4 .docx opens with POI and holds the person, the village, every opinion and the grade")
	void annex4Docx() throws Exception {
		AssessmentForm form = PrintSamples.quarterly();
		byte[] docx = forms.docx(form);
		PrintSamples.save(docx, "annex4.docx");
		String text = PrintedFiles.docxText(docx);
		assertThat(text).contains("扶贫开发驻村工作队人员和第一书记平时考核登记表", "（2026年第三季度）", "李振华", "石嘴村", "第一书记",
				"1985年3月", "季", "村党支部意见", "乡镇党委意见", "被考核人意见", "县（区）组织部门意见", "县（区）扶贫部门意见",
				"考核等次：称职", "负责人签字：杨海涛", "2026年10月12日", "被考核人签字：李振华")
			.doesNotContain("派出单位意见");
		form.opinions().forEach(o -> assertThat(text).contains(o.text()));
		try (XWPFDocument document = new XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
			XWPFTable table = document.getTables().get(0);
			assertThat(table.getRows()).hasSize(8);
			// the review row is split between the two county offices, each cell merged over grid columns
			assertThat(table.getRow(7).getTableCells()).hasSize(3);
			assertThat(table.getRow(7).getCell(1).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(3);
			assertThat(table.getRow(0).getCell(1).getParagraphs().get(0).getRuns().get(0).getFontFamily(
					org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋");
			assertThat(document.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("11906");
		}
	}

	@Test
	@DisplayName("FRM-1: the Annex 4 PDF opens with PDFBox, its text embedded, and its first page is saved as a PNG")
	void annex4Pdf() throws Exception {
		AssessmentForm form = PrintSamples.quarterly();
		byte[] pdf = forms.pdf(form);
		String text = PrintedFiles.pdfText(pdf);
		assertThat(text).contains("平时考核登记表", "李振华", "石嘴村", "称职", "盖章", "县（区）扶贫部门意见");
		form.opinions().forEach(o -> assertThat(text.replaceAll("\\s", "")).contains(o.text()));
		assertThat(PrintedFiles.pages(pdf)).isEqualTo(1);
		Path png = PrintedFiles.firstPage(pdf, "annex4");
		assertThat(Files.size(png)).isGreaterThan(10_000);
	}

	@Test
	@DisplayName("FRM-1: the Annex 5 form adds the dispatching unit's opinion; an opinion not yet given prints empty")
	void annex5() throws Exception {
		AssessmentForm form = PrintSamples.annual();
		byte[] docxFile = forms.docx(form);
		PrintSamples.save(docxFile, "annex5.docx");
		String docx = PrintedFiles.docxText(docxFile);
		byte[] pdf = forms.pdf(form);
		String text = PrintedFiles.pdfText(pdf);
		for (String content : List.of(docx, text.replaceAll("\\s", ""))) {
			assertThat(content).contains("年度考核意见表", "（2026年度）", "王秀英", "石嘴村", "派出单位意见", "考核等次：合格",
					"不占单位优秀名额", "县（区）扶贫部门意见");
			form.opinions().forEach(o -> assertThat(content).contains(o.text()));
		}
		// the poverty office has not given its opinion: its cell keeps the blank date of the paper form
		assertThat(docx).contains("县（区）扶贫部门意见：\t盖章\t\u3000\u3000年\u3000\u3000月\u3000\u3000日");
		PrintedFiles.firstPage(pdf, "annex5");
	}

	@Test
	@DisplayName("FRM-1: an empty form prints the bare paper form with blank brackets in the title")
	void blankForm() throws Exception {
		AssessmentForm blank = new AssessmentForm(AssessmentForm.Kind.QUARTERLY, null, null, null, null);
		String text = PrintedFiles.pdfText(forms.pdf(blank));
		assertThat(text).contains("季度）", "姓名", "签名：", "负责人签字：");
	}

	@Test
	@DisplayName("FRM-1: text that looks like markup is printed as it is, not interpreted")
	void markupIsText() throws Exception {
		AssessmentForm form = new AssessmentForm(AssessmentForm.Kind.QUARTERLY, "2026年第一季度",
				PrintSamples.LI, new AssessmentForm.Summary("<b>修路</b> & 建桥 \u0001", "李振华", null), List.of());
		assertThat(PrintedFiles.pdfText(forms.pdf(form))).contains("<b>修路</b> & 建桥");
	}

	@Test
	@DisplayName("FRM-1: without a usable CJK font the PDF is refused with the message telling what to install")
	void noFont() {
		AssessmentForms without = new AssessmentForms(new CjkFont("/nonexistent/fonts/none.ttf"));
		assertThatThrownBy(() -> without.pdf(PrintSamples.quarterly())).isInstanceOf(CjkFontUnavailableException.class)
			.extracting(e -> ((CjkFontUnavailableException) e).messageKey()).isEqualTo("printing.font.missing");
		// a folder without Chinese fonts is no better than none
		CjkFont latinOnly = new CjkFont("", List.of(Path.of("/usr/share/fonts/truetype/dejavu")));
		assertThat(latinOnly.available()).isFalse();
		// Word needs no font file
		assertThat(without.docx(PrintSamples.quarterly())).isNotEmpty();
	}

	@Test
	@DisplayName("FRM-1: the system's font is found, and a configured one is used")
	void fontFound() {
		Path found = new CjkFont("").path();
		assertThat(found.getFileName().toString()).endsWith(".ttc");
		assertThat(new CjkFont(found.toString()).path()).isEqualTo(found);
		assertThat(AssessmentForms.fileName(PrintSamples.quarterly(), "pdf")).isEqualTo("石嘴村-李振华-2026年第三季度-平时考核登记表.pdf");
	}

}
