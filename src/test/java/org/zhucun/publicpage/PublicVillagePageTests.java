package org.zhucun.publicpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhucun.DemoLogin;
import org.zhucun.IntegrationTest;
import org.zhucun.common.crypto.FieldCipher;
import org.zhucun.scope.TestTokens;

/**
 * CON-1, PER-1, ORG-5: the public village page shows the posted people with photo, role, unit, the
 * consented phone and approved commitments — and nothing else; commitments are approved by the
 * village's own township only; photos are checked by content.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicVillagePageTests {

	static final String SHIZUI = "641101001001";

	/** A village of 月牙湖乡 kept for this test's own person. */
	static final String OWN_VILLAGE = "641101001003";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FieldCipher cipher;

	long own;

	@BeforeAll
	void postOwnPerson() throws Exception {
		String seventeen = "64110119920506071";
		String idNumber = seventeen + org.zhucun.personnel.ChineseIdNumber.checkCharacter(seventeen);
		String body = api(post("/api/v1/personnel"), "caizheng-dw", "{\"name\":\"公开页测试员\",\"idNumber\":\"" + idNumber + "\","
				+ "\"politicalStatus\":\"PARTY_MEMBER\",\"workUnitPost\":\"科员\",\"unitCode\":\"U641101-01\",\"phone\":\"13909510777\"}")
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		own = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
		api(post("/api/v1/personnel/" + own + "/assignments"), "shahu-zzb",
				"{\"villageCode\":\"" + OWN_VILLAGE + "\",\"role\":\"TEAM_MEMBER\",\"startDate\":\"2026-10-01\"}")
			.andExpect(status().isCreated());
	}

	ResultActions api(MockHttpServletRequestBuilder request, String user, String json) throws Exception {
		return mvc.perform(request.header("Authorization", "Bearer " + TestTokens.of(mvc, user))
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	ResultActions api(MockHttpServletRequestBuilder request, String user) throws Exception {
		return mvc.perform(request.header("Authorization", "Bearer " + TestTokens.of(mvc, user)));
	}

	String publicPage(String code) throws Exception {
		return mvc.perform(get("/public/villages/" + code)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	long person(String name) {
		return jdbc.queryForObject("select id from person where name = ?", Long.class, name);
	}

	@Test
	@DisplayName("CON-1: without login, the page of 石嘴村 lists its posted people with role, unit, consented phone or office number and approved commitments")
	void publicPageOfShizui() throws Exception {
		String page = publicPage(SHIZUI);
		assertThat(page).contains("石嘴村", "月牙湖乡", "李振华", "王秀英", "王建国", "第一书记", "兼任工作队队长", "工作队队员",
				"沙湖县财政局");
		// 李振华 publishes his own mobile, 王秀英 an office number, 王建国 nothing (demo consent)
		assertThat(page).contains("13809511000", "0951-5612037", "未公开");
		assertThat(page).contains("履行职责", "工作目标", "服务群众", "组织纪律", "提户知人");
		assertThat(page.indexOf("李振华")).as("the first secretary comes first").isLessThan(page.indexOf("王秀英"));
		mvc.perform(get("/api/v1/public/villages/" + SHIZUI))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("石嘴村"))
			.andExpect(jsonPath("$.townshipName").value("月牙湖乡"))
			.andExpect(jsonPath("$.people[0].name").value("李振华"))
			.andExpect(jsonPath("$.people[0].role").value("FIRST_SECRETARY"))
			.andExpect(jsonPath("$.people[0].unitName").value("沙湖县财政局"))
			.andExpect(jsonPath("$.people[0].phone").value("13809511000"));
	}

	@Test
	@DisplayName("CON-1, PER-1: the public page and its JSON never show an ID number, birth date, political status, grade or attendance of anyone posted there")
	void nothingElseAboutThePerson() throws Exception {
		List<Map<String, Object>> posted = jdbc.queryForList("select p.id_number, p.birth_date, p.phone, p.name from person p "
				+ "join assignment a on a.person_id = p.id join org_node v on v.id = a.village_node_id "
				+ "where v.code = ? and a.ended_on is null", SHIZUI);
		assertThat(posted).hasSizeGreaterThanOrEqualTo(3);
		String page = publicPage(SHIZUI);
		String json = mvc.perform(get("/api/v1/public/villages/" + SHIZUI)).andReturn().getResponse().getContentAsString();
		String notice = mvc.perform(get("/public/villages/" + SHIZUI + "/notice")).andReturn().getResponse().getContentAsString();
		for (String text : List.of(page, json, notice)) {
			for (Map<String, Object> p : posted) {
				String idNumber = cipher.decrypt((String) p.get("id_number"));
				LocalDate born = ((java.sql.Date) p.get("birth_date")).toLocalDate();
				assertThat(text).as("ID number of " + p.get("name")).doesNotContain(idNumber)
					.doesNotContain(idNumber.substring(0, 6) + "*")
					.doesNotContain(born.toString())
					.doesNotContain(String.format("%d.%02d", born.getYear(), born.getMonthValue()))
					.doesNotContain(born.getYear() + "年" + born.getMonthValue() + "月");
			}
			assertThat(text).doesNotContain("身份证", "出生", "政治面貌", "中共党员", "等次", "优秀", "称职", "考核", "出勤", "考勤",
					"缺勤", "请假", "idNumber", "birth", "politicalStatus");
		}
		// 王建国 published nothing, 王秀英 an office number: neither's own mobile appears
		for (String name : List.of("王建国", "王秀英")) {
			String mobile = cipher.decrypt(jdbc.queryForObject("select phone from person where name = ?", String.class, name));
			assertThat(page).doesNotContain(mobile);
			assertThat(json).doesNotContain(mobile);
		}
	}

	@Test
	@DisplayName("CON-1: a village that does not exist, a township code and an inactive village answer 404, page and JSON")
	void unknownOrInactiveVillage() throws Exception {
		mvc.perform(get("/public/villages/649999999999")).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("未找到该村的公开信息")));
		mvc.perform(get("/api/v1/public/villages/649999999999")).andExpect(status().isNotFound());
		mvc.perform(get("/public/villages/641101001")).andExpect(status().isNotFound());
		String created = api(post("/api/v1/org/nodes"), "shahu-zzb",
				"{\"code\":\"641101001091\",\"name\":\"公开页停用村\",\"parentCode\":\"641101001\"}")
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(created.replaceAll(".*?\"id\":(\\d+).*", "$1"));
		publicPage("641101001091");
		api(post("/api/v1/org/nodes/" + id + "/deactivate"), "shahu-zzb", "").andExpect(status().isOk());
		mvc.perform(get("/public/villages/641101001091")).andExpect(status().isNotFound());
		mvc.perform(get("/public/villages/641101001091/notice")).andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("CON-1, ORG-5: a commitment is public only once approved by the village's township; a returned one carries its reason; the sibling township can neither approve nor read it (404)")
	void commitmentApproval() throws Exception {
		api(put("/api/v1/personnel/" + own + "/commitment"), "caizheng-dw", text("承诺甲版本"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT"));
		String submitted = api(post("/api/v1/personnel/" + own + "/commitment/submission"), "caizheng-dw")
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(submitted.replaceAll(".*?\"id\":(\\d+).*", "$1"));
		assertThat(publicPage(OWN_VILLAGE)).contains("公开页测试员").doesNotContain("承诺甲版本");

		// the sibling township: not in its queue, cannot approve, return or read (404)
		api(get("/api/v1/commitments/pending"), "zhenbeibu-xz").andExpect(status().isOk())
			.andExpect(content().string(not(containsString("承诺甲版本"))));
		api(post("/api/v1/commitments/" + id + "/approval"), "zhenbeibu-xz").andExpect(status().isNotFound());
		api(post("/api/v1/commitments/" + id + "/return"), "zhenbeibu-xz", "{\"reason\":\"越权\"}")
			.andExpect(status().isNotFound());
		api(get("/api/v1/personnel/" + own + "/publication"), "zhenbeibu-xz").andExpect(status().isNotFound());
		mvc.perform(post("/personnel/commitments/" + id + "/approve").cookie(DemoLogin.as(mvc, "zhenbeibu-xz")).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(publicPage(OWN_VILLAGE)).doesNotContain("承诺甲版本");

		// the village's township returns it with a reason, which the writer sees
		var township = DemoLogin.as(mvc, "yueyahu-xz");
		mvc.perform(get("/personnel/commitments").cookie(township)).andExpect(content().string(containsString("承诺甲版本")));
		mvc.perform(get("/").cookie(township)).andExpect(content().string(containsString("待审核的承诺")));
		api(post("/api/v1/commitments/" + id + "/return"), "yueyahu-xz", "{\"reason\":\" \"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("退回时须写明理由"));
		mvc.perform(post("/personnel/commitments/" + id + "/return").param("reason", "工作目标请写得具体、可考核").cookie(township)
			.with(csrf())).andExpect(status().is3xxRedirection());
		api(get("/api/v1/personnel/" + own + "/publication"), "caizheng-dw")
			.andExpect(jsonPath("$.open.status").value("RETURNED"))
			.andExpect(jsonPath("$.open.returnReason").value("工作目标请写得具体、可考核"));
		mvc.perform(get("/personnel/" + own + "/publication").cookie(DemoLogin.as(mvc, "caizheng-dw")))
			.andExpect(content().string(containsString("退回理由：工作目标请写得具体、可考核")));
		assertThat(publicPage(OWN_VILLAGE)).doesNotContain("承诺甲版本");

		// rewritten, resubmitted, approved: now public
		api(put("/api/v1/personnel/" + own + "/commitment"), "caizheng-dw", text("承诺乙版本")).andExpect(status().isOk());
		api(post("/api/v1/personnel/" + own + "/commitment/submission"), "caizheng-dw").andExpect(status().isOk());
		api(post("/api/v1/commitments/" + id + "/approval"), "yueyahu-xz").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
		assertThat(publicPage(OWN_VILLAGE)).contains("承诺乙版本");

		// an edit of the approved one is a new draft; the approved one stays public until the new one is approved
		String draft = api(put("/api/v1/personnel/" + own + "/commitment"), "caizheng-dw", text("承诺丙版本"))
			.andExpect(jsonPath("$.status").value("DRAFT")).andReturn().getResponse().getContentAsString();
		long next = Long.parseLong(draft.replaceAll(".*?\"id\":(\\d+).*", "$1"));
		assertThat(next).isNotEqualTo(id);
		api(post("/api/v1/personnel/" + own + "/commitment/submission"), "caizheng-dw").andExpect(status().isOk());
		assertThat(publicPage(OWN_VILLAGE)).contains("承诺乙版本").doesNotContain("承诺丙版本");
		api(post("/api/v1/commitments/" + next + "/approval"), "yueyahu-xz").andExpect(status().isOk());
		assertThat(publicPage(OWN_VILLAGE)).contains("承诺丙版本").doesNotContain("承诺乙版本");
	}

	@Test
	@DisplayName("CON-1, PER-2: the linked cadre writes their own commitments (not public until approved) but nobody else's; a township without PERSON_WRITE cannot write them")
	void cadreWritesOwnCommitments() throws Exception {
		long wang = person("王建国");
		try {
			api(put("/api/v1/personnel/" + wang + "/commitment"), "cadre-wang", text("王建国草稿承诺"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT"));
			mvc.perform(post("/personnel/" + wang + "/public-contact").param("kind", "OFFICE").param("officePhone", "12")
				.cookie(DemoLogin.as(mvc, "cadre-wang")).with(csrf()))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("请填写有效的办公电话")));
			assertThat(publicPage(SHIZUI)).doesNotContain("王建国草稿承诺");
			api(put("/api/v1/personnel/" + person("李振华") + "/commitment"), "cadre-wang", text("越权承诺"))
				.andExpect(status().isNotFound());
			api(put("/api/v1/personnel/" + wang + "/commitment"), "yueyahu-xz", text("乡镇代写"))
				.andExpect(status().isForbidden());
			mvc.perform(get("/personnel/me").cookie(DemoLogin.as(mvc, "cadre-wang")))
				.andExpect(status().is3xxRedirection());
			mvc.perform(get("/personnel/" + wang).cookie(DemoLogin.as(mvc, "cadre-wang")))
				.andExpect(content().string(containsString("/personnel/" + wang + "/publication")));
		}
		finally {
			jdbc.update("delete from commitment where person_id = ? and status <> 'APPROVED'", wang);
		}
	}

	@Test
	@DisplayName("CON-1: the consent decides the published phone: own mobile, office number or nothing")
	void contactConsent() throws Exception {
		api(put("/api/v1/personnel/" + own + "/public-contact"), "caizheng-dw", "{\"kind\":\"MOBILE\"}").andExpect(status().isOk());
		assertThat(publicPage(OWN_VILLAGE)).contains("13909510777");
		api(put("/api/v1/personnel/" + own + "/public-contact"), "caizheng-dw", "{\"kind\":\"OFFICE\",\"officePhone\":\"0951-6031234\"}")
			.andExpect(status().isOk());
		assertThat(publicPage(OWN_VILLAGE)).contains("0951-6031234").doesNotContain("13909510777");
		api(put("/api/v1/personnel/" + own + "/public-contact"), "caizheng-dw", "{\"kind\":\"NONE\"}").andExpect(status().isOk());
		assertThat(publicPage(OWN_VILLAGE)).doesNotContain("0951-6031234").doesNotContain("13909510777");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'PublicContact' and entity_id = ?",
				Long.class, String.valueOf(own))).as("consent changes are audited").isGreaterThanOrEqualTo(3);
	}

	@Test
	@DisplayName("PER-1: a PDF or an executable renamed .jpg is refused with a Chinese message, an oversized photo too; a real one is scaled and served to users in scope and on the public page")
	void photoUpload() throws Exception {
		byte[] pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\n".getBytes(StandardCharsets.ISO_8859_1);
		byte[] exe = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF };
		for (byte[] file : List.of(pdf, exe)) {
			upload(own, "caizheng-dw", new MockMultipartFile("photo", "照片.jpg", "image/jpeg", file))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value(containsString("只能上传 JPEG 或 PNG 格式的照片")));
		}
		mvc.perform(multipart("/personnel/" + own + "/photo").file(new MockMultipartFile("photo", "photo.jpg", "image/jpeg", pdf))
			.cookie(DemoLogin.as(mvc, "caizheng-dw")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("只能上传 JPEG 或 PNG 格式的照片")));
		byte[] big = new byte[2 * 1024 * 1024 + 10];
		System.arraycopy(png(100, 100), 0, big, 0, 8);
		upload(own, "caizheng-dw", new MockMultipartFile("photo", "big.png", "image/png", big))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("照片文件过大")));
		api(get("/api/v1/personnel/" + own + "/photo"), "caizheng-dw").andExpect(status().isNotFound());

		upload(own, "caizheng-dw", new MockMultipartFile("photo", "photo.pdf", "application/pdf", png(1200, 1500)))
			.andExpect(status().isNoContent());
		byte[] stored = api(get("/api/v1/personnel/" + own + "/photo"), "yueyahu-xz").andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_JPEG)).andReturn().getResponse().getContentAsByteArray();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(stored));
		assertThat(image.getHeight()).isEqualTo(600);
		assertThat(image.getWidth()).isEqualTo(480);
		api(get("/api/v1/personnel/" + own + "/photo"), "zhenbeibu-xz").andExpect(status().isNotFound());
		assertThat(publicPage(OWN_VILLAGE)).contains("/public/villages/" + OWN_VILLAGE + "/photos/" + own);
		mvc.perform(get("/public/villages/" + OWN_VILLAGE + "/photos/" + own)).andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_JPEG));
		// publicly only through the village the person is posted to
		mvc.perform(get("/public/villages/" + SHIZUI + "/photos/" + own)).andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("CON-1: the notice-board sheet of 石嘴村 carries the people and a QR code leading to the public page")
	void noticeSheet() throws Exception {
		mvc.perform(get("/public/villages/" + SHIZUI + "/notice"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("月牙湖乡石嘴村驻村干部公示栏")))
			.andExpect(content().string(containsString("李振华")))
			.andExpect(content().string(containsString("src=\"data:image/png;base64,")))
			.andExpect(content().string(containsString("http://localhost/public/villages/" + SHIZUI)));
	}

	ResultActions upload(long personId, String user, MockMultipartFile file) throws Exception {
		return mvc.perform(multipart(HttpMethod.PUT, "/api/v1/personnel/" + personId + "/photo").file(file)
			.header("Authorization", "Bearer " + TestTokens.of(mvc, user)));
	}

	static String text(String marker) {
		return "{\"duties\":\"" + marker + "：抓党建促脱贫\",\"goals\":\"村集体经济增收\",\"service\":\"入户走访\",\"discipline\":\"吃住在村\"}";
	}

	static byte[] png(int width, int height) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
