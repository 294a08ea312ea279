package org.zhucun.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.zhucun.DemoLogin;
import org.zhucun.IntegrationTest;
import org.zhucun.organisation.office.OfficeRepository;
import org.zhucun.organisation.unit.DispatchingUnitRepository;
import org.zhucun.scope.TestTokens;

/** ORG-3 dispatching units and ORG-4 offices: their rules, pages and API. */
@IntegrationTest
class UnitAndOfficeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DispatchingUnitRepository units;

	@Autowired
	OfficeRepository offices;

	@Test
	@DisplayName("ORG-3: a unit takes its level from the region, city or county it belongs to")
	void unitLevelFollowsOwner() throws Exception {
		String county = TestTokens.of(mvc, "shahu-zzb");
		mvc.perform(post("/api/v1/org/units").header("Authorization", "Bearer " + county)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"69U1001\",\"name\":\"沙湖县审计局\",\"type\":\"GOVERNMENT_DEPARTMENT\",\"ownerCode\":\"641101\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.level").value("COUNTY"))
			.andExpect(jsonPath("$.ownerName").value("沙湖县"));
		mvc.perform(post("/api/v1/org/units").header("Authorization", "Bearer " + county)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"69U1002\",\"name\":\"乡属单位\",\"type\":\"ENTERPRISE\",\"ownerCode\":\"641101001\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("ownerCode"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("只能属于自治区、地级市或县（区）")));
		mvc.perform(post("/api/v1/org/units").header("Authorization", "Bearer " + county)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"69U1003\",\"name\":\"未知类型\",\"type\":\"BANK\",\"ownerCode\":\"641101\"}"))
			.andExpect(status().isBadRequest());
		assertThat(units.findByCode("69U1002")).isEmpty();
		assertThat(units.findByCode("69U1003")).isEmpty();
	}

	@Test
	@DisplayName("ORG-3, ORG-5: a dispatching unit sees its own unit only; the county sees the county's units")
	void unitListsFollowTheScope() throws Exception {
		mvc.perform(get("/org/units").cookie(DemoLogin.as(mvc, "caizheng-dw")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("沙湖县财政局")))
			.andExpect(content().string(not(containsString("沙湖县团委"))));
		mvc.perform(get("/org/units").param("type", "PARTY_MASS_ORGANISATION").cookie(DemoLogin.as(mvc, "shahu-zzb")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("沙湖县团委")))
			.andExpect(content().string(not(containsString("沙湖县财政局"))))
			.andExpect(content().string(not(containsString("自治区党委宣传部"))));
		mvc.perform(get("/org/units").param("type", "NOT_A_TYPE").cookie(DemoLogin.as(mvc, "shahu-zzb")))
			.andExpect(status().isBadRequest());
	}

	@Test
	@DisplayName("ORG-3: the unit form creates a unit and shows errors in Chinese")
	void unitForm() throws Exception {
		var admin = DemoLogin.as(mvc, "sysadmin");
		mvc.perform(post("/org/units").cookie(admin).with(csrf()).param("code", "69U2001").param("name", "六盘山市气象局")
			.param("type", "PUBLIC_INSTITUTION").param("ownerCode", "641200")).andExpect(redirectedUrl("/org/units"));
		assertThat(units.findByCode("69U2001")).get().satisfies(u -> assertThat(u.getLevel()).isEqualTo(UnitLevel.CITY));
		mvc.perform(post("/org/units").cookie(admin).with(csrf()).param("code", "69U2001").param("name", "重复")
			.param("type", "PUBLIC_INSTITUTION").param("ownerCode", "641200"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("单位编码“69U2001”已被使用")));
	}

	@Test
	@DisplayName("ORG-4: an office must sit at a level its kind allows")
	void officeKindMatchesLevel() throws Exception {
		String admin = TestTokens.of(mvc, "sysadmin");
		mvc.perform(post("/api/v1/org/offices").header("Authorization", "Bearer " + admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"69O1001\",\"name\":\"村里的组织部\",\"kind\":\"ORGANISATION_DEPARTMENT\",\"placeCode\":\"641101001001\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("不能设在")));
		mvc.perform(post("/api/v1/org/offices").header("Authorization", "Bearer " + admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"69O1002\",\"name\":\"红庄乡党委（新）\",\"kind\":\"TOWNSHIP_PARTY_COMMITTEE\",\"placeCode\":\"641201003\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.nodeName").value("红庄乡"));
		assertThat(offices.findByCode("69O1001")).isEmpty();
	}

	@Test
	@DisplayName("ORG-4, ORG-5: a township sees its own office and its villages' party branches")
	void officesFollowTheScope() throws Exception {
		mvc.perform(get("/org/offices").cookie(DemoLogin.as(mvc, "yueyahu-xz")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("月牙湖乡党委")))
			.andExpect(content().string(not(containsString("镇北堡镇党委"))))
			.andExpect(content().string(not(containsString("沙湖县委组织部"))));
	}

}
