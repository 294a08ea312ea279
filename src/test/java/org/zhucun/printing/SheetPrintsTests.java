package org.zhucun.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhucun.PrintedFiles;
import org.zhucun.printing.SheetPrint.Row;

/** FRM-2: the filled Annex 3 sheet as PDF; USE-2: the certificate of grassroots work experience. */
class SheetPrintsTests {

	final CjkFont font = new CjkFont("");

	static SheetPrint annex3() {
		return new SheetPrint("扶贫开发驻村工作队队员工作绩效考评参考标准（年度）", "王秀英（石嘴村工作队队员）", 2026, "沙湖县 2026 版 v2",
				List.of(new Row("一、履职情况", "履职情况", new BigDecimal("70"), "认真履行职责，按规定圆满完成驻村工作任务。量化工作任务，未完成一项扣1分。",
						new BigDecimal("68"), "70 − 2 项未完成 × 1 = 68"),
						new Row("二、出勤情况", "驻村时间", new BigDecimal("10"), "无故缺勤1天扣0.2分，直至扣完该项赋分。", new BigDecimal("9.4"),
								"10 − 3 天 × 0.2 = 9.4"),
						new Row("三、纪律情况", "廉洁自律情况", new BigDecimal("5"), "守纪律、讲规矩，没有发生违规违纪问题。", new BigDecimal("5"), null),
						new Row("三、纪律情况", "服从管理情况", new BigDecimal("5"), "服从工作队管理。由工作队长、村干部评分。", null, null),
						new Row("四、群众满意度", "群众满意度评价", new BigDecimal("10"), "组织村民代表20人以上，进行满意度测评。",
								new BigDecimal("8.50"), "10 × (15 + 0.5 × 4) / 20 = 8.5"),
						new Row("五、加分项", "理论文章", new BigDecimal("5"), "县（区）级采用的加2分……", new BigDecimal("2"), "县级 1 篇 × 2 = 2")),
				new BigDecimal("90.9"), new BigDecimal("2"), new BigDecimal("92.9"), List.of("服从管理情况尚未评分：总分为暂计。"));
	}

	@Test
	@DisplayName("FRM-2: the sheet PDF has the annex's columns, every item with its score and arithmetic, and the total")
	void sheetPdf() throws Exception {
		SheetPrint sheet = annex3();
		byte[] pdf = new SheetPrints(font).pdf(sheet);
		String text = PrintedFiles.pdfText(pdf);
		String flat = text.replaceAll("\\s", "");
		assertThat(flat).contains("考评内容", "考评指标", "赋分", "评分标准", "得分", "王秀英", "2026年度", "沙湖县2026版v2");
		sheet.rows().forEach(r -> assertThat(flat).contains(r.item()));
		assertThat(flat).contains("10-3天×0.2=9.4", "总分92.9", "基础分90.9", "服从管理情况尚未评分");
		// 8.50 prints as 8.5, as the arithmetic says
		assertThat(flat).contains("8.5").doesNotContain("8.50");
		PrintedFiles.firstPage(pdf, "annex3-sheet");
		assertThat(SheetPrints.fileName(sheet)).isEqualTo("2026-王秀英（石嘴村工作队队员）-扶贫开发驻村工作队队员工作绩效考评参考标准（年度）.pdf");
	}

	@Test
	@DisplayName("USE-2: the certificate names the person, the village, the time served and each year's grade")
	void certificate() throws Exception {
		ExperienceCertificate certificate = new ExperienceCertificate("李振华", "沙湖县财政局预算股副股长", "沙湖县月牙湖乡石嘴村", "第一书记",
				LocalDate.of(2024, 9, 1), LocalDate.of(2026, 8, 31), "2",
				List.of(new ExperienceCertificate.YearGrade(2024, "称职"), new ExperienceCertificate.YearGrade(2025, "优秀")),
				"中共沙湖县委组织部", LocalDate.of(2026, 12, 1), "沙组证〔2026〕012号");
		byte[] pdf = new ExperienceCertificates(font).pdf(certificate);
		String flat = PrintedFiles.pdfText(pdf).replaceAll("\\s", "");
		assertThat(flat).contains("基层工作经历证明", "沙组证〔2026〕012号", "李振华同志", "2024年9月1日至2026年8月31日",
				"沙湖县月牙湖乡石嘴村担任第一书记", "累计2年", "2024年度称职", "2025年度优秀", "中共沙湖县委组织部", "2026年12月1日");
		assertThat(PrintedFiles.pages(pdf)).isEqualTo(1);
		PrintedFiles.firstPage(pdf, "certificate");
	}

}
