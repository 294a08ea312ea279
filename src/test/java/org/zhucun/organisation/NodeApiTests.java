package org.zhucun.organisation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhucun.IntegrationTest;
import org.zhucun.organisation.tree.OrgNodeRepository;
import org.zhucun.scope.TestTokens;

/**
 * ORG-1/2 through the API: bad input gets an RFC 9457 problem detail in Chinese naming each field,
 * and changes nothing; never a 500.
 */
@IntegrationTest
class NodeApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgNodeRepository nodes;

	String admin;

	@BeforeEach
	void login() throws Exception {
		admin = TestTokens.of(mvc, "sysadmin");
	}

	ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String json)
			throws Exception {
		return mvc.perform(request.header("Authorization", "Bearer " + admin).contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	@Test
	@DisplayName("ORG-1: missing and too-long fields are listed one by one, in Chinese")
	void missingAndTooLongFields() throws Exception {
		send(post("/api/v1/org/nodes"), "{\"code\":\"\",\"name\":\"" + "长".repeat(51) + "\",\"parentCode\":\"641101\"}")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("提交的内容有误")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("code")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("name")))
			.andExpect(jsonPath("$.errors[*].message").value(hasItem("不能超过 50 个字符")))
			.andExpect(jsonPath("$.errors[*].message").value(hasItem("必填")));
	}

	@Test
	@DisplayName("ORG-1: an unknown parent is refused and nothing is created")
	void unknownParent() throws Exception {
		send(post("/api/v1/org/nodes"), "{\"code\":\"69A0001\",\"name\":\"无上级乡\",\"parentCode\":\"000000\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("parentCode"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("不存在")));
		org.assertj.core.api.Assertions.assertThat(nodes.findByCode("69A0001")).isEmpty();
	}

	@Test
	@DisplayName("ORG-1: a duplicate code is refused")
	void duplicateCode() throws Exception {
		send(post("/api/v1/org/nodes"), "{\"code\":\"641101001\",\"name\":\"重复乡\",\"parentCode\":\"641101\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("code"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("已被使用")));
	}

	@Test
	@DisplayName("ORG-1: moving a county under its own township would make a cycle and is refused")
	void cycleIsRefused() throws Exception {
		long county = nodes.findByCode("641102").orElseThrow().getId();
		send(put("/api/v1/org/nodes/" + county), "{\"code\":\"641102\",\"name\":\"黄河县\",\"parentCode\":\"641102001\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("循环")));
		org.assertj.core.api.Assertions.assertThat(nodes.findById(county).orElseThrow().getParentId())
			.isEqualTo(nodes.findByCode("641100").orElseThrow().getId());
	}

	@Test
	@DisplayName("ORG-1, ORG-5: a township moved to another county takes its villages along, and the scope follows")
	void moveCarriesSubtreeAndScope() throws Exception {
		send(post("/api/v1/org/nodes"), "{\"code\":\"69M001\",\"name\":\"搬迁乡\",\"parentCode\":\"641101\"}")
			.andExpect(status().isCreated());
		send(post("/api/v1/org/nodes"), "{\"code\":\"69M001001\",\"name\":\"搬迁村\",\"parentCode\":\"69M001\","
				+ "\"poorVillage\":true,\"latitude\":38.5,\"longitude\":106.3,\"geofenceRadiusMetres\":500,\"residentPopulation\":900}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.level").value("VILLAGE"))
			.andExpect(jsonPath("$.poorVillage").value(true));
		long township = nodes.findByCode("69M001").orElseThrow().getId();
		long village = nodes.findByCode("69M001001").orElseThrow().getId();
		String huanghe = TestTokens.of(mvc, "huanghe-zzb");
		String shahu = TestTokens.of(mvc, "shahu-zzb");
		mvc.perform(get("/api/v1/org/nodes/" + village).header("Authorization", "Bearer " + huanghe))
			.andExpect(status().isNotFound());

		long version = nodes.findById(township).orElseThrow().getVersion();
		send(put("/api/v1/org/nodes/" + township),
				"{\"code\":\"69M001\",\"name\":\"搬迁乡\",\"parentCode\":\"641102\",\"version\":" + version + "}")
			.andExpect(status().isOk());

		String countyPath = nodes.findByCode("641102").orElseThrow().getPath();
		org.assertj.core.api.Assertions.assertThat(nodes.findById(village).orElseThrow().getPath())
			.isEqualTo(countyPath + township + "/" + village + "/");
		mvc.perform(get("/api/v1/org/nodes/" + village).header("Authorization", "Bearer " + huanghe))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("搬迁村"));
		mvc.perform(get("/api/v1/org/nodes/" + village).header("Authorization", "Bearer " + shahu))
			.andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("SEC-8: an edit based on a stale version is refused with 409")
	void staleEditIsAConflict() throws Exception {
		long id = nodes.findByCode("641201003").orElseThrow().getId();
		send(put("/api/v1/org/nodes/" + id), "{\"code\":\"641201003\",\"name\":\"红庄乡\",\"parentCode\":\"641201\",\"version\":999}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("已被他人修改")));
	}

	@Test
	@DisplayName("ORG-1: a node with active children cannot be deactivated; a leaf can, and is kept")
	void deactivation() throws Exception {
		long township = nodes.findByCode("641201002").orElseThrow().getId();
		send(post("/api/v1/org/nodes/" + township + "/deactivate"), "")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("先停用下级")));
		send(post("/api/v1/org/nodes"), "{\"code\":\"69D0001\",\"name\":\"待停用村\",\"parentCode\":\"641201002\"}")
			.andExpect(status().isCreated());
		long leaf = nodes.findByCode("69D0001").orElseThrow().getId();
		send(post("/api/v1/org/nodes/" + leaf + "/deactivate"), "").andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
		send(post("/api/v1/org/nodes"), "{\"code\":\"69D0002\",\"name\":\"停用村下\",\"parentCode\":\"69D0001\"}")
			.andExpect(status().isBadRequest());
		mvc.perform(delete("/api/v1/org/nodes/" + leaf).header("Authorization", "Bearer " + admin))
			.andExpect(status().isMethodNotAllowed());
		org.assertj.core.api.Assertions.assertThat(nodes.findById(leaf)).isPresent();
	}

	@Test
	@DisplayName("malformed JSON, a wrong id type and an unknown sort field get a 400 problem detail, never a 500")
	void malformedRequests() throws Exception {
		send(post("/api/v1/org/nodes"), "{\"code\": ").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("无法解析")));
		mvc.perform(get("/api/v1/org/nodes/abc").header("Authorization", "Bearer " + admin))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("参数类型不正确")));
		mvc.perform(get("/api/v1/org/nodes").param("sort", "nosuchfield").header("Authorization", "Bearer " + admin))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/org/nodes").header("Authorization", "Bearer " + admin)
			.contentType(MediaType.TEXT_PLAIN).content("x")).andExpect(status().isUnsupportedMediaType());
	}

	@Test
	@DisplayName("paging is the same everywhere: page, size, sort in; content and totals out")
	void paging() throws Exception {
		mvc.perform(get("/api/v1/org/nodes").param("q", "641101001").param("size", "2").param("sort", "code,desc")
			.header("Authorization", "Bearer " + admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.content.length()").value(2))
			.andExpect(jsonPath("$.content[0].code").value("641101001004"))
			.andExpect(jsonPath("$.totalElements").value(5));
	}

	@Test
	@DisplayName("the API without a token answers 401, without the permission 403, both as problem details")
	void unauthenticatedAndForbidden() throws Exception {
		mvc.perform(get("/api/v1/org/nodes")).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("请先登录。"));
		mvc.perform(get("/api/v1/org/nodes").header("Authorization", "Bearer not-a-token"))
			.andExpect(status().isUnauthorized());
		String township = TestTokens.of(mvc, "yueyahu-xz");
		mvc.perform(post("/api/v1/org/nodes").header("Authorization", "Bearer " + township)
			.contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"69F1\",\"name\":\"x\",\"parentCode\":\"641101001\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("没有执行此操作的权限")));
	}

}
