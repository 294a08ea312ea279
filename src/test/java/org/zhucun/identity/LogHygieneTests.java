package org.zhucun.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.zhucun.DemoLogin;
import org.zhucun.DemoTotp;
import org.zhucun.IntegrationTest;

/**
 * SEC-5, SEC-7: the application's log output holds no password, token, one-time code, second-factor
 * key, temporary password or data key, whatever the user did — including failed logins and
 * malformed requests. (A used one-time code is not checked: six digits occur in logs by chance.)
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogHygieneTests {

	/** A valid ID number (GB 11643) and a phone used only here. */
	static final String ID_NUMBER = "641101199203040014";

	static final String PHONE = "13700004321";

	@Autowired
	MockMvc mvc;

	@Test
	@DisplayName("SEC-5: the log of logins, tokens, password changes and errors holds no secret")
	void logsHoldNoSecrets(CapturedOutput output) throws Exception {
		mvc.perform(formLogin().user("shahu-zzb").password("Wrong#Secret-4711"));
		mvc.perform(formLogin().user("nobody").password("Another#Secret-0815"));
		String tokenBody = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"shahu-nb\",\"password\":\"" + DemoLogin.PASSWORD + "\"}"))
			.andReturn().getResponse().getContentAsString();
		String token = tokenBody.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
		mvc.perform(get("/api/v1/org/nodes/not-a-number").header("Authorization", "Bearer " + token));
		mvc.perform(post("/api/v1/org/nodes").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"Leaky#Body-9999\""));
		String code = DemoTotp.nextCode("secadmin");
		var session = mvc.perform(formLogin().user("secadmin").password(DemoLogin.PASSWORD)).andReturn().getResponse()
			.getCookie("SESSION");
		mvc.perform(post("/login/second-factor").cookie(session).with(csrf()).param("code", code));
		String temporaryPage = mvc.perform(post("/security/accounts").cookie(session).with(csrf())
			.param("username", "log-hygiene").param("displayName", "日志检查").param("officeCode", "641201002-DW"))
			.andReturn().getResponse().getContentAsString();
		String temporary = temporaryPage.replaceAll("(?s).*id=\"temporary-password\">([^<]+)<.*", "$1");
		String dataKey = Files.readString(Path.of("target/test-data.key")).strip();
		String countyToken = org.zhucun.scope.TestTokens.of(mvc, "shahu-zzb");
		String body = mvc.perform(post("/api/v1/personnel").header("Authorization", "Bearer " + countyToken)
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"日志人员\",\"idNumber\":\"" + ID_NUMBER
					+ "\",\"politicalStatus\":\"MASSES\",\"workUnitPost\":\"科员\",\"unitCode\":\"U641101-02\","
					+ "\"phone\":\"" + PHONE + "\"}"))
			.andReturn().getResponse().getContentAsString();
		assertThat(body).contains("\"idNumber\":\"6411**********0014\"");
		String personId = body.replaceAll(".*\"id\":(\\d+).*", "$1");
		mvc.perform(post("/api/v1/personnel/" + personId + "/reveal").header("Authorization", "Bearer " + countyToken));

		String log = output.getAll();
		assertThat(log).doesNotContain("Wrong#Secret-4711", "Another#Secret-0815", DemoLogin.PASSWORD,
				"Leaky#Body-9999", DemoTotp.SECRET, dataKey, ID_NUMBER, PHONE);
		assertThat(token).hasSizeGreaterThan(20);
		assertThat(log).doesNotContain(token);
		assertThat(temporary).hasSize(12);
		assertThat(log).doesNotContain(temporary);
	}

}
