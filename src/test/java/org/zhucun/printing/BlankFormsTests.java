package org.zhucun.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhucun.PrintedFiles;
import org.zhucun.DemoLogin;
import org.zhucun.IntegrationTest;

/** FRM-1: the blank Annex 4/5 forms from the menu, one by one or as a batch download. */
@IntegrationTest
class BlankFormsTests {

	@Autowired
	MockMvc mvc;

	@Test
	@DisplayName("FRM-1: a township downloads the blank Annex 5 as PDF and Word, and all blank forms as a .zip")
	void blankForms() throws Exception {
		var session = DemoLogin.as(mvc, "yueyahu-xz");
		String page = mvc.perform(get("/printing/forms").cookie(session)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("空白考核表格", "/printing/forms/annex4.pdf", "/printing/forms/annex5.docx", "空白表格");

		var pdf = mvc.perform(get("/printing/forms/annex5.pdf").cookie(session)).andReturn().getResponse();
		assertThat(pdf.getStatus()).isEqualTo(200);
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		assertThat(PrintedFiles.pdfText(pdf.getContentAsByteArray()).replaceAll("\\s", "")).contains("年度考核意见表",
				"派出单位意见", "县（区）组织部门意见");
		var docx = mvc.perform(get("/printing/forms/annex4.docx").cookie(session)).andReturn().getResponse();
		assertThat(PrintedFiles.docxText(docx.getContentAsByteArray())).contains("平时考核登记表", "被考核人意见", "签名：");
		assertThat(docx.getHeader("Content-Disposition")).contains(".docx");
		assertThat(mvc.perform(get("/printing/forms/annex9.pdf").cookie(session)).andReturn().getResponse().getStatus())
			.isEqualTo(404);

		String location = mvc.perform(post("/printing/forms/batch").cookie(session).with(csrf())).andReturn().getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/printing/batches/");
		byte[] zip = null;
		for (int i = 0; i < 500 && zip == null; i++) {
			var response = mvc.perform(get(location + "/download").cookie(session)).andReturn().getResponse();
			if (response.getStatus() == 200) {
				zip = response.getContentAsByteArray();
			}
			else {
				assertThat(response.getStatus()).isEqualTo(409);
				assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("尚未生成完毕");
				Thread.sleep(20);
			}
		}
		assertThat(zip).isNotNull();
		assertThat(BatchDownloadsTests.unzip(zip).keySet()).containsExactlyInAnyOrder(
				"扶贫开发驻村工作队人员和第一书记平时考核登记表.docx", "扶贫开发驻村工作队人员和第一书记平时考核登记表.pdf",
				"扶贫开发驻村工作队人员和第一书记年度考核意见表.docx", "扶贫开发驻村工作队人员和第一书记年度考核意见表.pdf");
	}

	@Test
	@DisplayName("FRM-1: the dispatched cadre has no printing menu")
	void cadreRefused() throws Exception {
		var response = mvc.perform(get("/printing/forms").cookie(DemoLogin.as(mvc, "cadre-wang"))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(403);
	}

}
