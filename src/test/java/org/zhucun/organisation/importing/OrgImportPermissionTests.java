package org.zhucun.organisation.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhucun.organisation.importing.ImportFixtures.importFile;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.zhucun.DemoLogin;
import org.zhucun.IntegrationTest;
import org.zhucun.organisation.tree.OrgNodeRepository;

/** Only the system administrator holds ORG_IMPORT: everyone else gets 403 from every import endpoint (ORG-5, SEC-1). */
@IntegrationTest
class OrgImportPermissionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgNodeRepository nodes;

	private static MockMultipartFile file() {
		// a township under the user's own county: even a file inside their scope is refused
		return new MockMultipartFile("file", "组织机构.xlsx", ImportTemplate.XLSX.toString(),
				importFile(new Object[] { "699101", "越权乡", "乡镇", "641101" }));
	}

	@ParameterizedTest(name = "ORG-5: {0} gets 403 from the import page, the template and the upload")
	@ValueSource(strings = { "shahu-zzb", "yueyahu-xz" })
	void pagesRefused(String username) throws Exception {
		Cookie session = DemoLogin.as(mvc, username);
		mvc.perform(get("/org/import").cookie(session)).andExpect(status().isForbidden());
		mvc.perform(get("/org/import/template.xlsx").cookie(session)).andExpect(status().isForbidden());
		mvc.perform(multipart("/org/import").file(file()).cookie(session).with(csrf())).andExpect(status().isForbidden());
		assertThat(nodes.existsByCode("699101")).isFalse();
	}

	@ParameterizedTest(name = "ORG-5: {0} gets 403 from the import API, GET and POST")
	@ValueSource(strings = { "shahu-zzb", "yueyahu-xz" })
	void apiRefused(String username) throws Exception {
		String bearer = "Bearer " + OrgImportApiTests.token(mvc, username);
		mvc.perform(get("/api/v1/org/import/template.xlsx").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/api/v1/org/import").file(file()).header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isForbidden());
		assertThat(nodes.existsByCode("699101")).isFalse();
	}

}
