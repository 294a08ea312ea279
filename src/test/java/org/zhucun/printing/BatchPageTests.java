package org.zhucun.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhucun.DemoLogin;
import org.zhucun.IntegrationTest;
import org.zhucun.RunAs;
import org.zhucun.scope.ApiTokens;

/** FRM-1/2: the batch page polls with htmx while the .zip is built, then offers it; the API gives the same progress. */
@IntegrationTest
class BatchPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	BatchDownloads batches;

	@Autowired
	UserDetailsService accounts;

	@Test
	@DisplayName("FRM-1: a progress bar refreshed every second while building, then the download button and the .zip")
	void progressThenDownload() throws Exception {
		RunAs runAs = new RunAs(accounts);
		CountDownLatch release = new CountDownLatch(1);
		String id = runAs.as("yueyahu-xz", () -> batches.start("月牙湖乡 2026年第三季度平时考核登记表", "月牙湖乡-2026年第三季度",
				List.of(() -> new NamedFile("一.txt", "1".getBytes(StandardCharsets.UTF_8)), () -> {
					try {
						release.await(10, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					return new NamedFile("二.txt", "2".getBytes(StandardCharsets.UTF_8));
				})).id());
		var session = DemoLogin.as(mvc, "yueyahu-xz");
		String page = mvc.perform(get("/printing/batches/" + id).cookie(session)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("批量下载", "月牙湖乡 2026年第三季度平时考核登记表", "hx-trigger=\"every 1s\"",
				"hx-get=\"/printing/batches/" + id + "\"", "压缩包生成后保留 30 分钟").doesNotContain("batch-download");

		release.countDown();
		String token = ApiTokens.of(mvc, "yueyahu-xz");
		String json = "";
		for (int i = 0; i < 500 && !json.contains("\"finished\":true"); i++) {
			Thread.sleep(20);
			json = mvc.perform(get("/api/v1/printing/batches/" + id).header("Authorization", "Bearer " + token))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		assertThat(json).contains("\"done\":2", "\"total\":2", "\"failed\":0", "\"finished\":true");

		var fragment = mvc.perform(get("/printing/batches/" + id).cookie(session).header("HX-Request", "true")).andReturn()
			.getResponse();
		assertThat(fragment.getContentAsString()).contains("已生成 2 / 2 个文件", "batch-download", "/printing/batches/" + id
				+ "/download").doesNotContain("hx-trigger", "<html");

		var download = mvc.perform(get("/printing/batches/" + id + "/download").cookie(session)).andReturn().getResponse();
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentType()).isEqualTo("application/zip");
		assertThat(download.getHeader("Content-Disposition")).contains("attachment", ".zip");
		assertThat(BatchDownloadsTests.unzip(download.getContentAsByteArray()).keySet()).containsExactly("一.txt", "二.txt");

		// another township's user gets "not found", in Chinese, from the page and the API
		var other = mvc.perform(get("/printing/batches/" + id).cookie(DemoLogin.as(mvc, "zhenbeibu-xz"))).andReturn()
			.getResponse();
		assertThat(other.getStatus()).isEqualTo(404);
		assertThat(other.getContentAsString()).contains("未找到该批量下载");
		var otherApi = mvc.perform(get("/api/v1/printing/batches/" + id + "/download")
			.header("Authorization", "Bearer " + ApiTokens.of(mvc, "zhenbeibu-xz"))).andReturn().getResponse();
		assertThat(otherApi.getStatus()).isEqualTo(404);
		assertThat(otherApi.getContentAsString(StandardCharsets.UTF_8)).contains("未找到该批量下载").doesNotContain("一.txt");
	}

}
