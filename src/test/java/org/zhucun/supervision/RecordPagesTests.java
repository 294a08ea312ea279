package org.zhucun.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhucun.DemoLogin;
import org.zhucun.IntegrationTest;

@IntegrationTest
class RecordPagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	@DisplayName("TRN-1: the county's training page lists 王建国 with 4 days of off-the-job training as 1 day short")
	void shortfallOnThePage() throws Exception {
		String page = mvc.perform(get("/training").param("year", "2026").cookie(DemoLogin.as(mvc, "shahu-zzb")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("王建国").contains("脱产培训 4 天，要求 5 天，差 1 天");
	}

	@Test
	@DisplayName("TSK-1: the cadre sees their own agreed plan and their team's, and no one else's")
	void cadreSeesOwnPlans() throws Exception {
		String page = mvc.perform(get("/tasks").param("year", "2026").cookie(DemoLogin.as(mvc, "cadre-wang")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("王建国").contains("石嘴村").doesNotContain("李振华</span>");
	}

	@Test
	@DisplayName("SUP-1: the township sees the county's inspection of its village on the supervision page")
	void townshipSeesInspection() throws Exception {
		String page = mvc.perform(get("/supervision").param("year", "2026").cookie(DemoLogin.as(mvc, "yueyahu-xz")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("沙湖县委组织部第一督导组").contains("督查通报〔2026〕3号");
	}

}
