package org.zhucun.organisation.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhucun.organisation.importing.ImportFixtures.importFile;


import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhucun.DemoLogin;
import org.zhucun.IntegrationTest;
import org.zhucun.organisation.tree.OrgNodeRepository;

/** The import over the API with a bearer token: JSON result, or a 400 problem listing every bad row (ORG-1, SEC-9). */
@IntegrationTest
class OrgImportApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgNodeRepository nodes;

	/** Logs in over the API and returns the bearer token. */
	static String token(MockMvc mvc, String username) throws Exception {
		return org.zhucun.scope.TestTokens.of(mvc, username);
	}

	private ResultActions upload(byte[] content) throws Exception {
		return mvc.perform(multipart("/api/v1/org/import")
			.file(new MockMultipartFile("file", "组织机构.xlsx", ImportTemplate.XLSX.toString(), content))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token(mvc, "sysadmin")));
	}

	@Test
	@DisplayName("ORG-1: a good file is imported and the count returned as JSON")
	void goodFile() throws Exception {
		upload(importFile(new Object[] { "697000", "接口自治区", "自治区" },
				new Object[] { "697100", "接口市", "地级市", "697000" }))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(2))
			.andExpect(jsonPath("$.message").value("已导入 2 条。"));
		assertThat(nodes.findByCode("697100")).isPresent();
	}

	@Test
	@DisplayName("SEC-9: a file with bad rows gives a 400 problem with {row, column, message} for each and imports nothing")
	void badRows() throws Exception {
		upload(importFile(new Object[] { "698000", "坏自治区", "自治区" },
				new Object[] { "698100", "坏市", "地级市", "698001" },
				new Object[] { "698101", "坏县", "县（区）", "698100", "", "", "", "", "", "很多" }))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail", containsString("未导入任何数据")))
			.andExpect(jsonPath("$.errors", hasSize(2)))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("上级编码"))
			.andExpect(jsonPath("$.errors[0].message", containsString("“698001”")))
			.andExpect(jsonPath("$.errors[1].row").value(4))
			.andExpect(jsonPath("$.errors[1].column").value("常住人口"))
			.andExpect(jsonPath("$.errors[1].message").value("只有村才能填写此项"));
		assertThat(nodes.existsByCode("698000")).isFalse();
	}

	@Test
	@DisplayName("SEC-9: random bytes give a 400 problem with a clear Chinese message, never a 500")
	void randomBytes() throws Exception {
		upload(ImportFixtures.randomBytes(1024))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("上传的文件不是 Excel（.xlsx）文件，未导入任何数据。请使用导入模板。"))
			.andExpect(jsonPath("$.errors[0].row").doesNotExist());
	}

	@Test
	@DisplayName("ORG-1: the template can be fetched over the API too")
	void template() throws Exception {
		mvc.perform(get("/api/v1/org/import/template.xlsx")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token(mvc, "sysadmin")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(ImportTemplate.XLSX));
	}

}
