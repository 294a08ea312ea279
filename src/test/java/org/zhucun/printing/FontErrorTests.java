package org.zhucun.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhucun.common.web.ApiProblemHandler;

/** FRM-1: without a CJK font, an API that renders a PDF answers with a clear Chinese problem detail, not a 500. */
class FontErrorTests {

	@RestController
	static class PdfEndpoint {

		@GetMapping("/api/v1/sample.pdf")
		byte[] pdf() {
			return new AssessmentForms(new CjkFont("/nonexistent/fonts/none.ttc")).pdf(PrintSamples.quarterly());
		}

	}

	@Test
	@DisplayName("FRM-1: no usable font gives 503 with the message naming fonts-wqy-zenhei and zhucun.print.cjk-font")
	void problemDetail() throws Exception {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/messages", "i18n/printing");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		MockMvc mvc = MockMvcBuilders.standaloneSetup(new PdfEndpoint()).setControllerAdvice(new ApiProblemHandler(messages))
			.build();
		var response = mvc.perform(get("/api/v1/sample.pdf").locale(Locale.SIMPLIFIED_CHINESE)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("未找到可嵌入的中文字体（TrueType）",
				"fonts-wqy-zenhei", "zhucun.print.cjk-font", "暂不可用");
	}

}
