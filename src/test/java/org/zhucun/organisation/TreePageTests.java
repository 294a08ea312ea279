package org.zhucun.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhucun.DemoLogin;
import org.zhucun.IntegrationTest;
import org.zhucun.organisation.tree.OrgNodeRepository;

/** ORG-1/2 through the pages: browse, expand, search, create, edit, with errors shown beside the fields. */
@IntegrationTest
class TreePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgNodeRepository nodes;

	Cookie admin;

	@BeforeEach
	void login() throws Exception {
		admin = DemoLogin.as(mvc, "sysadmin");
	}

	@Test
	@DisplayName("ORG-1: the tree page shows the user's tops; expanding a node loads its children as a fragment")
	void browseAndExpand() throws Exception {
		Cookie township = DemoLogin.as(mvc, "yueyahu-xz");
		mvc.perform(get("/org/tree").cookie(township))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("月牙湖乡")))
			.andExpect(content().string(not(containsString("镇北堡镇"))));
		long id = nodes.findByCode("641101001").orElseThrow().getId();
		mvc.perform(get("/org/nodes/" + id + "/children").cookie(township).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"children-" + id + "\"")))
			.andExpect(content().string(containsString(
					"href=\"/org/nodes/" + nodes.findByCode("641101001001").orElseThrow().getId() + "\"")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	@DisplayName("ORG-1: search by name finds nodes inside the scope only")
	void searchByName() throws Exception {
		mvc.perform(get("/org/tree").param("q", "镇北堡").cookie(DemoLogin.as(mvc, "yueyahu-xz")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("没有符合条件的记录")));
		mvc.perform(get("/org/tree").param("q", "镇北堡").cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"search-results\"")))
			.andExpect(content().string(containsString("镇北堡镇")));
	}

	@Test
	@DisplayName("ORG-2: a village page shows its flags, location and population")
	void villagePage() throws Exception {
		long id = nodes.findByCode("641101001004").orElseThrow().getId();
		mvc.perform(get("/org/nodes/" + id).cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不能派驻选派人员")))
			.andExpect(content().string(containsString("常住人口")));
	}

	@Test
	@DisplayName("ORG-1: a township created from the form appears under its county")
	void createFromForm() throws Exception {
		mvc.perform(get("/org/nodes/new").param("parent", "641102").cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("在“黄河县”下新建乡镇")));
		mvc.perform(post("/org/nodes").cookie(admin).with(csrf()).param("code", "69P0001").param("name", "页面乡")
			.param("parentCode", "641102")).andExpect(redirectedUrlPattern("/org/nodes/*"));
		var created = nodes.findByCode("69P0001").orElseThrow();
		assertThat(created.getParentId()).isEqualTo(nodes.findByCode("641102").orElseThrow().getId());
		mvc.perform(get("/org/nodes/" + created.getParentId()).cookie(admin))
			.andExpect(content().string(containsString("页面乡")));
	}

	@Test
	@DisplayName("ORG-1: a form with errors comes back with a 400, each message beside its field, nothing saved")
	void formErrors() throws Exception {
		mvc.perform(post("/org/nodes").cookie(admin).with(csrf()).param("code", "").param("name", "长".repeat(51))
			.param("parentCode", "641102"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("必填")))
			.andExpect(content().string(containsString("不能超过 50 个字符")));
		mvc.perform(post("/org/nodes").cookie(admin).with(csrf()).param("code", "641102001").param("name", "重复乡")
			.param("parentCode", "641102"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("编码“641102001”已被使用")));
		mvc.perform(post("/org/nodes").cookie(admin).with(csrf()).param("code", "69P0002").param("name", "坐标村")
			.param("parentCode", "641102001").param("latitude", "north"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请输入数字")));
		assertThat(nodes.findByCode("69P0002")).isEmpty();
	}

	@Test
	@DisplayName("ORG-1: editing a village keeps its flags; a bad id in the URL is a clear 400 page")
	void editVillage() throws Exception {
		var village = nodes.findByCode("641201001001").orElseThrow();
		mvc.perform(get("/org/nodes/" + village.getId() + "/edit").cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("建档立卡贫困村")));
		mvc.perform(post("/org/nodes/" + village.getId()).cookie(admin).with(csrf()).param("code", village.getCode())
			.param("name", village.getName()).param("parentCode", "641201001").param("poorVillage", "true")
			.param("weakPartyOrganisation", "true").param("residentPopulation", "1500")
			.param("version", String.valueOf(village.getVersion())))
			.andExpect(redirectedUrlPattern("/org/nodes/*"));
		var saved = nodes.findById(village.getId()).orElseThrow();
		assertThat(saved.getVillageProfile().isWeakPartyOrganisation()).isTrue();
		assertThat(saved.getVillageProfile().getResidentPopulation()).isEqualTo(1500);
		mvc.perform(get("/org/nodes/abc").cookie(admin)).andExpect(status().isBadRequest());
	}

	@Test
	@DisplayName("the pages speak English on request")
	void englishOnRequest() throws Exception {
		mvc.perform(get("/org/tree").param("lang", "en").cookie(admin))
			.andExpect(content().string(containsString("Organisation")));
	}

	@Test
	@DisplayName("ORG-4: the side menu shows only what the role may use")
	void menuFollowsPermissions() throws Exception {
		mvc.perform(get("/").cookie(DemoLogin.as(mvc, "cadre-wang")))
			.andExpect(content().string(not(containsString("href=\"/org/tree\""))))
			.andExpect(content().string(containsString("我的档案")));
		mvc.perform(get("/").cookie(DemoLogin.as(mvc, "caizheng-dw")))
			.andExpect(content().string(containsString("href=\"/org/units\"")))
			.andExpect(content().string(not(containsString("href=\"/org/tree\""))));
		mvc.perform(get("/").cookie(admin))
			.andExpect(content().string(containsString("href=\"/org/import\"")));
		mvc.perform(get("/org/tree").cookie(DemoLogin.as(mvc, "auditadmin"))).andExpect(status().isForbidden());
		mvc.perform(get("/org/units").cookie(DemoLogin.as(mvc, "secadmin"))).andExpect(status().isForbidden());
	}

}
