package org.zhucun.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import java.io.ByteArrayOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.zhucun.DemoLogin;
import org.zhucun.IntegrationTest;
import org.zhucun.identity.account.UserAccountRepository;
import org.zhucun.organisation.office.OfficeRepository;
import org.zhucun.organisation.tree.OrgNode;
import org.zhucun.organisation.tree.OrgNodeRepository;
import org.zhucun.organisation.unit.DispatchingUnit;
import org.zhucun.organisation.unit.DispatchingUnitRepository;

/**
 * ORG-5: a user of a sibling township, a sibling county and a sibling dispatching unit tries every
 * endpoint against records of 沙湖县 / 月牙湖乡 / 沙湖县财政局 — by URL, by an id or code slipped into a
 * form, and through the API — and gets 403/404 (400 for a foreign reference inside a submitted
 * form) with none of the record's data, and nothing changes. The same requests made by the county's
 * own organisation department succeed, which shows the probes can fail. Every endpoint of the
 * application must appear here ({@link #everyEndpointIsProbed}); later modules add their probes.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossScopeTests {

	/** Outsiders: sibling township, sibling county, sibling unit. */
	static final List<String> OUTSIDERS = List.of("zhenbeibu-xz", "huanghe-zzb", "tuanwei-dw");

	/** Insider used as the positive control: the county that holds every target. */
	static final String INSIDER = "shahu-zzb";

	/** The attendance probes aim at this day and month of 李振华's register (ATT-9). */
	static final String PROBE_DAY = "2026-10-12";

	static final String PROBE_MONTH = "2026-04";

	/**
	 * Endpoints that name no record of anyone else's: they act only on the caller (login, token,
	 * own account, own workbench) or are public documentation.
	 */
	static final Set<String> NOT_SCOPED = Set.of("GET /login", "POST /api/v1/auth/token", "DELETE /api/v1/auth/token",
			"GET /api/v1/me", "GET /", "GET /account/password", "POST /account/password", "POST /api/v1/me/password",
			"GET /login/second-factor", "POST /login/second-factor", "GET /account/totp", "POST /account/totp",
			// a linked cadre's own record: the scope is the caller's own person (PER-2)
			"GET /personnel/me", "GET /api/v1/personnel/me",
			// PER-5: the roster template holds column headers and pick lists only, the same for every user
			"GET /personnel/import/template.xlsx", "GET /api/v1/personnel/import/template",
			// ATT-2: a cadre's own arrival and departure registrations (the scope is the caller's own person)
			"POST /api/v1/attendance/presence", "GET /api/v1/attendance/presence", "GET /attendance/presence",
			"POST /attendance/presence",
			// CON-1: the public village page, its notice sheet, the posted people's photos and the JSON twin are
			// public by design (no login, the same for everyone); they show only what the people agreed to publish
			"GET /public/villages/{code}", "GET /public/villages/{code}/notice", "GET /public/villages/{code}/photos/{personId}",
			"GET /api/v1/public/villages/{code}",
			// POL-1: the list of policy numbers and their seed values, the same for everyone
			"GET /api/v1/policy/keys",
			// ATT-8: a cadre's own phone check-ins (the scope is the caller's own person and posting)
			"GET /attendance/checkin", "POST /attendance/checkin", "POST /api/v1/attendance/checkins",
			"GET /api/v1/attendance/checkins",
			// SAT-1: the voting page and its JSON twin are public by design: the one-time code is the credential
			"GET /public/survey", "POST /public/survey", "GET /api/v1/public/survey/ballot",
			"POST /api/v1/public/survey/votes",
			// SAT-1: setting up the year's surveys takes only the year and acts on the caller's own villages
			// (SatisfactionSurveyTests shows a sibling township's set-up leaves 月牙湖乡's surveys alone)
			"POST /surveys/setup", "POST /api/v1/surveys/setup",
			// FRM-1: the blank Annex 4/5 forms, the same for everyone; the batch of them is the caller's own
			"GET /printing/forms", "GET /printing/forms/{annex}.docx", "GET /printing/forms/{annex}.pdf",
			"POST /printing/forms/batch");

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgNodeRepository nodes;

	@Autowired
	DispatchingUnitRepository units;

	@Autowired
	OfficeRepository offices;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	Targets t;

	/** The surveys of 月牙湖乡 before the probes (SAT-1): none may change. */
	String surveys;

	@Autowired
	org.zhucun.printing.BatchDownloads batches;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService userDetails;

	/** FRM-1/2: a batch download started by the insider, which nobody else may follow or download. */
	static final String BATCH_SECRET = "PROBE-BATCH-641101";

	String batchId;

	/** The duty records of the demo (MTG-1..3): none may be added by a probe. */
	long unitDutyRecords;

	final Map<String, Cookie> sessions = new HashMap<>();

	final Map<String, String> tokens = new HashMap<>();

	@BeforeAll
	void findTargets() throws Exception {
		t = new Targets(node("641101"), node("641101001"), node("641101001001"), unit("U641101-01"),
				offices.findByCode("641101001-DW").orElseThrow().getId(),
				offices.findByCode("U641101-01-OFFICE").orElseThrow().getId(),
				accounts.findByUsername("caizheng-dw").orElseThrow().getId(),
				jdbc.queryForObject("select id from person where name = '李振华'", Long.class),
				jdbc.queryForObject("select a.id from assignment a join person p on p.id = a.person_id "
						+ "where p.name = '李振华' and a.ended_on is null", Long.class));
		surveys = surveysOfTownship();
		unitDutyRecords = jdbc.queryForObject("select (select count(*) from unit_meeting) + (select count(*) from "
				+ "unit_leader_visit) + (select count(*) from unit_fund_entry) + (select count(*) from unit_subsidy)", Long.class);
		for (String user : concat(OUTSIDERS, INSIDER)) {
			sessions.put(user, DemoLogin.as(mvc, user));
			tokens.put(user, ApiTokens.of(mvc, user));
		}
		batchId = insiderBatch();
	}

	/** A finished batch of the insider's, holding one file named after the secret (FRM-1/2). */
	private String insiderBatch() throws InterruptedException {
		var runAs = new org.zhucun.RunAs(userDetails);
		String id = runAs.as(INSIDER, () -> batches.start(BATCH_SECRET, BATCH_SECRET, List.of(() -> new org.zhucun.printing.NamedFile(
				BATCH_SECRET + ".txt", BATCH_SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).id());
		for (int i = 0; i < 500 && !runAs.as(INSIDER, () -> batches.progress(id).finished()); i++) {
			Thread.sleep(20);
		}
		return id;
	}

	/** The catalogue: every scoped endpoint with a request aimed at a record of 沙湖县. */
	List<Probe> probes() {
		List<Probe> p = new ArrayList<>();
		// tree pages
		p.add(list("GET /org/tree", x -> get("/org/tree").param("q", "月牙湖"), "月牙湖乡"));
		p.add(target("GET /org/nodes/{id}", x -> get("/org/nodes/" + x.village().getId()), t.village()));
		p.add(target("GET /org/nodes/{id}/children", x -> get("/org/nodes/" + x.township().getId() + "/children"),
				t.village()));
		p.add(target("GET /org/nodes/{id}/edit", x -> get("/org/nodes/" + x.village().getId() + "/edit"), t.village()));
		p.add(target("GET /org/nodes/new", x -> get("/org/nodes/new").param("parent", x.township().getCode()),
				t.township()));
		p.add(write("POST /org/nodes/{id}", x -> nodeForm(post("/org/nodes/" + x.village().getId()), "改名村",
				x.village().getCode(), x.township().getCode()), t.village()));
		p.add(write("POST /org/nodes/{id}/deactivate", x -> post("/org/nodes/" + x.village().getId() + "/deactivate"),
				t.village()));
		p.add(write("POST /org/nodes/{id}/reactivate", x -> post("/org/nodes/" + x.village().getId() + "/reactivate"),
				t.village()));
		p.add(slipped("POST /org/nodes",
				x -> nodeForm(post("/org/nodes"), "越权村", "69X0001", x.township().getCode()), t.township()));
		// unit pages
		p.add(list("GET /org/units", x -> get("/org/units").param("q", "U641101-01"), "沙湖县财政局"));
		p.add(list("GET /org/units/new", x -> get("/org/units/new"), "沙湖县财政局"));
		p.add(target("GET /org/units/{id}/edit", x -> get("/org/units/" + x.unit().getId() + "/edit"), t.unit()));
		p.add(write("POST /org/units/{id}", x -> unitForm(post("/org/units/" + x.unit().getId()), "改名单位",
				x.unit().getCode(), "641101"), t.unit()));
		p.add(write("POST /org/units/{id}/deactivate", x -> post("/org/units/" + x.unit().getId() + "/deactivate"),
				t.unit()));
		p.add(write("POST /org/units/{id}/reactivate", x -> post("/org/units/" + x.unit().getId() + "/reactivate"),
				t.unit()));
		p.add(slipped("POST /org/units", x -> unitForm(post("/org/units"), "越权单位", "69U0001", "641101"), t.county()));
		// office pages
		p.add(list("GET /org/offices", x -> get("/org/offices"), "月牙湖乡党委"));
		p.add(list("GET /org/offices/new", x -> get("/org/offices/new"), "月牙湖乡党委"));
		p.add(write("POST /org/offices/{id}/deactivate", x -> post("/org/offices/" + x.townshipOffice() + "/deactivate"),
				"月牙湖乡党委"));
		p.add(write("POST /org/offices/{id}/reactivate", x -> post("/org/offices/" + x.townshipOffice() + "/reactivate"),
				"月牙湖乡党委"));
		p.add(slipped("POST /org/offices", x -> post("/org/offices").param("code", "69O0001").param("name", "越权党委")
			.param("kind", "TOWNSHIP_PARTY_COMMITTEE").param("placeCode", x.township().getCode()), t.township()));
		// tree import: a row under a foreign township (ORG-5, SEC-9)
		p.add(list("GET /org/import", x -> get("/org/import"), "月牙湖乡"));
		p.add(list("GET /org/import/template.xlsx", x -> get("/org/import/template.xlsx"), "月牙湖乡"));
		p.add(slipped("POST /org/import", x -> multipart("/org/import").file(importFile(x.township().getCode())),
				t.township()));
		p.add(api(list("GET /api/v1/org/import/template.xlsx", x -> get("/api/v1/org/import/template.xlsx"), "月牙湖乡")));
		p.add(api(slipped("POST /api/v1/org/import",
				x -> multipart("/api/v1/org/import").file(importFile(x.township().getCode())), t.township())));
		// audit log: the audit administrator's alone (SEC-1, SEC-6)
		p.add(list("GET /audit", x -> get("/audit"), "LOGIN_SUCCESS"));
		p.add(list("POST /audit/verify", x -> post("/audit/verify"), "audit-verification"));
		p.add(list("GET /audit/export.xlsx", x -> get("/audit/export.xlsx"), "登录成功"));
		// security administration: the security administrator's alone (SEC-1)
		p.add(list("GET /security/accounts", x -> get("/security/accounts").param("q", "caizheng"), "吴刚"));
		p.add(list("GET /security/accounts/new", x -> get("/security/accounts/new"), "吴刚"));
		p.add(slipped("POST /security/accounts", x -> post("/security/accounts").param("username", "69-intruder")
			.param("displayName", "越权账号").param("officeCode", "641101001-DW"), "temporary-password"));
		p.add(write("POST /security/accounts/{id}/reset-password",
				x -> post("/security/accounts/" + x.account() + "/reset-password"), "temporary-password"));
		p.add(write("POST /security/accounts/{id}/disable", x -> post("/security/accounts/" + x.account() + "/disable"),
				"吴刚"));
		p.add(write("POST /security/accounts/{id}/enable", x -> post("/security/accounts/" + x.account() + "/enable"),
				"吴刚"));
		p.add(write("POST /security/accounts/{id}/unlock", x -> post("/security/accounts/" + x.account() + "/unlock"),
				"吴刚"));
		p.add(list("GET /security/sessions", x -> get("/security/sessions"), "shahu-zzb"));
		p.add(write("POST /security/sessions/{handle}/end", x -> post("/security/sessions/not-a-session/end"), "shahu-zzb"));
		p.add(write("POST /security/accounts/{id}/reset-second-factor",
				x -> post("/security/accounts/" + x.account() + "/reset-second-factor"), "吴刚"));
		p.add(list("GET /security/policy", x -> get("/security/policy"), "lockoutThreshold"));
		p.add(write("POST /security/policy", x -> post("/security/policy").param("minLength", "8"), "lockoutThreshold"));
		// personnel: a person of 沙湖县财政局 (PER-1, SEC-5)
		p.add(list("GET /personnel", x -> get("/personnel").param("county", "641101").param("status", "ACTIVE"), "李振华"));
		p.add(target("GET /personnel/{id}", x -> get("/personnel/" + x.person()), "李振华"));
		p.add(write("POST /personnel/{id}/reveal", x -> post("/personnel/" + x.person() + "/reveal"), "李振华"));
		p.add(list("GET /personnel/export.xlsx", x -> get("/personnel/export.xlsx"), "李振华"));
		p.add(api(list("GET /api/v1/personnel", x -> get("/api/v1/personnel").param("q", "李振华"), "李振华")));
		p.add(api(target("GET /api/v1/personnel/{id}", x -> get("/api/v1/personnel/" + x.person()), "李振华")));
		p.add(api(write("POST /api/v1/personnel/{id}/reveal", x -> post("/api/v1/personnel/" + x.person() + "/reveal"),
				"李振华")));
		p.add(api(slipped("POST /api/v1/personnel", x -> json(post("/api/v1/personnel"),
				"{\"name\":\"越权人员\",\"idNumber\":\"11010519491231002X\",\"politicalStatus\":\"MASSES\","
						+ "\"workUnitPost\":\"科员\",\"unitCode\":\"U641101-01\"}"), "沙湖县财政局")));
		// postings (PER-2)
		p.add(write("POST /personnel/{id}/assignments", x -> post("/personnel/" + x.person() + "/assignments")
			.param("villageCode", "641101001002").param("role", "TEAM_MEMBER").param("startDate", "2026-11-01"), "李振华"));
		p.add(api(target("GET /api/v1/personnel/{id}/assignments",
				x -> get("/api/v1/personnel/" + x.person() + "/assignments"), "FIRST_SECRETARY")));
		p.add(api(write("POST /api/v1/personnel/{id}/assignments", x -> json(post("/api/v1/personnel/" + x.person()
				+ "/assignments"), "{\"villageCode\":\"641101001002\",\"role\":\"TEAM_MEMBER\",\"startDate\":\"2026-11-01\"}"),
				"李振华")));
		// editing and filtering (PER-1..3)
		p.add(list("GET /personnel/new", x -> get("/personnel/new"), "沙湖县财政局"));
		p.add(slipped("POST /personnel", x -> post("/personnel").param("name", "越权人员").param("idNumber", "11010519491231002X")
			.param("politicalStatus", "MASSES").param("workUnitPost", "科员").param("unitCode", "U641101-01"), "沙湖县财政局"));
		p.add(target("GET /personnel/{id}/edit", x -> get("/personnel/" + x.person() + "/edit"), "李振华"));
		p.add(write("POST /personnel/{id}", x -> post("/personnel/" + x.person()).param("name", "越权人员")
			.param("politicalStatus", "MASSES").param("workUnitPost", "科员").param("unitCode", "U641101-01")
			.param("version", "0"), "李振华"));
		p.add(api(write("PUT /api/v1/personnel/{id}", x -> json(put("/api/v1/personnel/" + x.person()),
				"{\"name\":\"越权人员\",\"politicalStatus\":\"MASSES\",\"workUnitPost\":\"科员\",\"unitCode\":\"U641101-01\","
						+ "\"version\":0}"), "李振华")));
		// account link (PER-2): a foreign office links a cadre account to 李振华
		p.add(write("POST /personnel/{id}/account", x -> post("/personnel/" + x.person() + "/account")
			.param("username", "cadre-wang"), "李振华"));
		p.add(write("POST /personnel/{id}/account/unlink", x -> post("/personnel/" + x.person() + "/account/unlink"),
				"李振华"));
		p.add(api(write("PUT /api/v1/personnel/{id}/account", x -> json(put("/api/v1/personnel/" + x.person() + "/account"),
				"{\"username\":\"cadre-wang\"}"), "李振华")));
		p.add(api(write("DELETE /api/v1/personnel/{id}/account",
				x -> delete("/api/v1/personnel/" + x.person() + "/account"), "李振华")));
		// replacement (PER-4): the posting of 李振华 in 月牙湖乡
		p.add(write("POST /personnel/assignments/{id}/withdraw", x -> post("/personnel/assignments/" + x.posting()
				+ "/withdraw").param("endedOn", "2026-11-20").param("reason", "越权撤换"), "李振华"));
		p.add(target("GET /personnel/villages/{villageId}", x -> get("/personnel/villages/" + x.village().getId()), "李振华"));
		p.add(api(write("POST /api/v1/assignments/{id}/withdrawal", x -> json(post("/api/v1/assignments/" + x.posting()
				+ "/withdrawal"), "{\"endedOn\":\"2026-11-20\",\"reason\":\"越权撤换\"}"), "李振华")));
		p.add(api(write("POST /api/v1/assignments/{id}/successor", x -> json(post("/api/v1/assignments/" + x.posting()
				+ "/successor"), "{\"personId\":" + x.person() + ",\"startDate\":\"2026-11-21\"}"), "李振华")));
		p.add(api(target("GET /api/v1/villages/{villageId}/postings",
				x -> get("/api/v1/villages/" + x.village().getId() + "/postings"), "FIRST_SECRETARY")));
		p.add(api(list("GET /api/v1/replacements", x -> get("/api/v1/replacements"), "因病无法继续驻村")));
		// roster import (PER-5): a row posting someone to a village of 月牙湖乡
		p.add(list("GET /personnel/import", x -> get("/personnel/import"), t.village().getName()));
		p.add(slipped("POST /personnel/import",
				x -> multipart("/personnel/import").file(rosterFile(x.village().getCode())), t.village()));
		p.add(api(slipped("POST /api/v1/personnel/import",
				x -> multipart("/api/v1/personnel/import").file(rosterFile(x.village().getCode())), t.village())));
		// leave (LEA-1..3): the demo request of 李振华 in 月牙湖乡, pending for 沙湖县委组织部 and 沙湖县财政局
		p.add(list("GET /leave", x -> get("/leave").param("box", "ALL"), "李振华"));
		p.add(list("GET /leave/new", x -> get("/leave/new"), "李振华"));
		p.add(slipped("GET /leave/preview", x -> get("/leave/preview").param("personId", "" + x.person())
			.param("startDate", "2026-12-21").param("endDate", "2026-12-22"), "李振华"));
		p.add(slipped("POST /leave", x -> post("/leave").param("personId", "" + x.person()).param("startDate", "2026-12-21")
			.param("endDate", "2026-12-22").param("reason", "越权请假"), "李振华"));
		p.add(target("GET /leave/{id}", x -> get("/leave/" + leave()), LEAVE_REASON));
		p.add(write("POST /leave/{id}/decision", x -> post("/leave/" + leave() + "/decision").param("approve", "true"),
				LEAVE_REASON));
		p.add(write("POST /leave/{id}/withdraw", x -> post("/leave/" + leave() + "/withdraw"), LEAVE_REASON));
		p.add(write("POST /leave/{id}/return", x -> post("/leave/" + leave() + "/return").param("returnedOn", "2026-12-01"),
				LEAVE_REASON));
		p.add(api(list("GET /api/v1/leave", x -> get("/api/v1/leave"), "李振华")));
		p.add(api(slipped("GET /api/v1/leave/preview", x -> get("/api/v1/leave/preview").param("personId", "" + x.person())
			.param("startDate", "2026-12-21").param("endDate", "2026-12-22"), "李振华")));
		p.add(api(slipped("POST /api/v1/leave", x -> json(post("/api/v1/leave"), "{\"personId\":" + x.person()
				+ ",\"startDate\":\"2026-12-21\",\"endDate\":\"2026-12-22\",\"reason\":\"越权请假\"}"), "李振华")));
		p.add(api(target("GET /api/v1/leave/{id}", x -> get("/api/v1/leave/" + leave()), LEAVE_REASON)));
		p.add(api(write("POST /api/v1/leave/{id}/decision", x -> json(post("/api/v1/leave/" + leave() + "/decision"),
				"{\"approve\":true}"), LEAVE_REASON)));
		p.add(api(write("POST /api/v1/leave/{id}/withdrawal", x -> post("/api/v1/leave/" + leave() + "/withdrawal"),
				LEAVE_REASON)));
		p.add(api(write("POST /api/v1/leave/{id}/return", x -> json(post("/api/v1/leave/" + leave() + "/return"),
				"{\"returnedOn\":\"2026-12-01\"}"), LEAVE_REASON)));
		// publication of 李振华 (CON-1, PER-1): photo, contact consent, commitments and their approval
		long commitment = jdbc.queryForObject("select id from commitment where person_id = ? and status = 'APPROVED'",
				Long.class, t.person());
		MockMultipartFile photo = new MockMultipartFile("photo", "photo.png", "image/png", PNG);
		p.add(target("GET /personnel/{id}/publication", x -> get("/personnel/" + x.person() + "/publication"), "李振华"));
		p.add(target("GET /personnel/{id}/photo", x -> get("/personnel/" + x.person() + "/photo"), "JFIF"));
		p.add(write("POST /personnel/{id}/photo", x -> multipart("/personnel/" + x.person() + "/photo").file(photo), "李振华"));
		p.add(write("POST /personnel/{id}/public-contact", x -> post("/personnel/" + x.person() + "/public-contact")
			.param("kind", "NONE"), "李振华"));
		p.add(write("POST /personnel/{id}/commitment", x -> post("/personnel/" + x.person() + "/commitment")
			.param("duties", "越权").param("goals", "越权").param("service", "越权").param("discipline", "越权"), "李振华"));
		p.add(write("POST /personnel/{id}/commitment/submit", x -> post("/personnel/" + x.person() + "/commitment/submit"),
				"李振华"));
		p.add(list("GET /personnel/commitments", x -> get("/personnel/commitments"), "三会一课"));
		p.add(write("POST /personnel/commitments/{id}/approve", x -> post("/personnel/commitments/" + commitment + "/approve"),
				"三会一课"));
		p.add(write("POST /personnel/commitments/{id}/return", x -> post("/personnel/commitments/" + commitment + "/return")
			.param("reason", "越权退回"), "三会一课"));
		p.add(api(target("GET /api/v1/personnel/{id}/publication", x -> get("/api/v1/personnel/" + x.person() + "/publication"),
				"三会一课")));
		p.add(api(target("GET /api/v1/personnel/{id}/photo", x -> get("/api/v1/personnel/" + x.person() + "/photo"), "JFIF")));
		p.add(api(write("PUT /api/v1/personnel/{id}/photo",
				x -> multipart(org.springframework.http.HttpMethod.PUT, "/api/v1/personnel/" + x.person() + "/photo").file(photo),
				"李振华")));
		p.add(api(write("PUT /api/v1/personnel/{id}/public-contact", x -> json(put("/api/v1/personnel/" + x.person()
				+ "/public-contact"), "{\"kind\":\"NONE\"}"), "李振华")));
		p.add(api(write("PUT /api/v1/personnel/{id}/commitment", x -> json(put("/api/v1/personnel/" + x.person() + "/commitment"),
				"{\"duties\":\"越权\",\"goals\":\"越权\",\"service\":\"越权\",\"discipline\":\"越权\"}"), "李振华")));
		p.add(api(write("POST /api/v1/personnel/{id}/commitment/submission",
				x -> post("/api/v1/personnel/" + x.person() + "/commitment/submission"), "李振华")));
		p.add(api(list("GET /api/v1/commitments/pending", x -> get("/api/v1/commitments/pending"), "三会一课")));
		p.add(api(write("POST /api/v1/commitments/{id}/approval", x -> post("/api/v1/commitments/" + commitment + "/approval"),
				"三会一课")));
		p.add(api(write("POST /api/v1/commitments/{id}/return", x -> json(post("/api/v1/commitments/" + commitment + "/return"),
				"{\"reason\":\"越权退回\"}"), "三会一课")));
		// work log of 李振华 (LOG-1/2): his first diary entry with its PDF attachment, and the published review of his log
		long logEntry = worklogEntry();
		long logDocument = jdbc.queryForObject("select document_id from worklog_entry_attachment where entry_id = ?", Long.class,
				logEntry);
		long logReview = jdbc.queryForObject("select id from worklog_review where person_id = ?", Long.class, t.person());
		MockMultipartFile logPdf = new MockMultipartFile("file", "越权.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes());
		p.add(list("GET /worklog", x -> get("/worklog"), "李振华"));
		p.add(slipped("POST /worklog/entries", x -> post("/worklog/entries").param("kind", "WORK").param("text", "越权日志")
			.param("correctsId", "" + logEntry), WORKLOG_SECRET));
		p.add(target("GET /worklog/entries/{id}", x -> get("/worklog/entries/" + logEntry), WORKLOG_SECRET));
		p.add(write("POST /worklog/entries/{id}", x -> post("/worklog/entries/" + logEntry).param("kind", "WORK")
			.param("text", "越权日志"), WORKLOG_SECRET));
		p.add(write("POST /worklog/entries/{id}/attachments", x -> multipart("/worklog/entries/" + logEntry + "/attachments")
			.file(logPdf), WORKLOG_SECRET));
		p.add(target("GET /worklog/entries/{id}/attachments/{documentId}",
				x -> get("/worklog/entries/" + logEntry + "/attachments/" + logDocument), WORKLOG_ATTACHMENT_SECRET));
		p.add(target("GET /worklog/people/{personId}", x -> get("/worklog/people/" + x.person()), WORKLOG_SECRET));
		p.add(target("GET /worklog/people/{personId}/export.xlsx",
				x -> get("/worklog/people/" + x.person() + "/export.xlsx"), WORKLOG_SECRET));
		p.add(write("POST /worklog/people/{personId}/reviews", x -> post("/worklog/people/" + x.person() + "/reviews")
			.param("year", "2026").param("quarter", "4").param("findings", "越权评阅"), "李振华"));
		p.add(write("POST /worklog/reviews/{id}/publish", x -> post("/worklog/reviews/" + logReview + "/publish"), WORKLOG_REVIEW_SECRET));
		p.add(api(list("GET /api/v1/worklog/entries", x -> get("/api/v1/worklog/entries").param("personId", "" + x.person()),
				WORKLOG_SECRET)));
		p.add(api(slipped("POST /api/v1/worklog/entries", x -> json(post("/api/v1/worklog/entries"),
				"{\"kind\":\"WORK\",\"text\":\"越权日志\",\"correctsId\":" + logEntry + "}"), WORKLOG_SECRET)));
		p.add(api(target("GET /api/v1/worklog/entries/{id}", x -> get("/api/v1/worklog/entries/" + logEntry), WORKLOG_SECRET)));
		p.add(api(write("PUT /api/v1/worklog/entries/{id}", x -> json(put("/api/v1/worklog/entries/" + logEntry),
				"{\"kind\":\"WORK\",\"text\":\"越权日志\"}"), WORKLOG_SECRET)));
		p.add(api(write("POST /api/v1/worklog/entries/{id}/attachments",
				x -> multipart("/api/v1/worklog/entries/" + logEntry + "/attachments").file(logPdf), WORKLOG_SECRET)));
		p.add(api(target("GET /api/v1/worklog/entries/{id}/attachments/{documentId}",
				x -> get("/api/v1/worklog/entries/" + logEntry + "/attachments/" + logDocument), WORKLOG_ATTACHMENT_SECRET)));
		p.add(api(list("GET /api/v1/worklog/people", x -> get("/api/v1/worklog/people"), "李振华")));
		p.add(api(target("GET /api/v1/worklog/people/{personId}/reviews",
				x -> get("/api/v1/worklog/people/" + x.person() + "/reviews"), WORKLOG_REVIEW_SECRET)));
		p.add(api(slipped("POST /api/v1/worklog/reviews", x -> json(post("/api/v1/worklog/reviews"),
				"{\"personId\":" + x.person() + ",\"year\":2026,\"quarter\":4,\"findings\":\"越权评阅\"}"), "李振华")));
		p.add(api(write("POST /api/v1/worklog/reviews/{id}/publication",
				x -> post("/api/v1/worklog/reviews/" + logReview + "/publication"), WORKLOG_REVIEW_SECRET)));
		// API: tree
		p.add(api(list("GET /api/v1/org/nodes", x -> get("/api/v1/org/nodes").param("q", "月牙湖"), "月牙湖乡")));
		p.add(api(list("GET /api/v1/org/nodes/roots", x -> get("/api/v1/org/nodes/roots"), "沙湖县")));
		p.add(api(target("GET /api/v1/org/nodes/{id}", x -> get("/api/v1/org/nodes/" + x.village().getId()), t.village())));
		p.add(api(target("GET /api/v1/org/nodes/{id}/children",
				x -> get("/api/v1/org/nodes/" + x.township().getId() + "/children"), t.village())));
		p.add(api(write("PUT /api/v1/org/nodes/{id}", x -> json(put("/api/v1/org/nodes/" + x.village().getId()),
				"{\"code\":\"" + x.village().getCode() + "\",\"name\":\"改名村\",\"parentCode\":\"" + x.township().getCode()
						+ "\"}"), t.village())));
		p.add(api(write("POST /api/v1/org/nodes/{id}/deactivate",
				x -> post("/api/v1/org/nodes/" + x.village().getId() + "/deactivate"), t.village())));
		p.add(api(write("POST /api/v1/org/nodes/{id}/reactivate",
				x -> post("/api/v1/org/nodes/" + x.village().getId() + "/reactivate"), t.village())));
		p.add(api(slipped("POST /api/v1/org/nodes", x -> json(post("/api/v1/org/nodes"),
				"{\"code\":\"69X0002\",\"name\":\"越权村\",\"parentCode\":\"" + x.township().getCode() + "\"}"), t.township())));
		// API: units
		p.add(api(list("GET /api/v1/org/units", x -> get("/api/v1/org/units").param("q", "U641101-01"), "沙湖县财政局")));
		p.add(api(target("GET /api/v1/org/units/{id}", x -> get("/api/v1/org/units/" + x.unit().getId()), t.unit())));
		p.add(api(write("PUT /api/v1/org/units/{id}", x -> json(put("/api/v1/org/units/" + x.unit().getId()),
				"{\"code\":\"U641101-01\",\"name\":\"改名单位\",\"type\":\"GOVERNMENT_DEPARTMENT\",\"ownerCode\":\"641101\"}"),
				t.unit())));
		p.add(api(write("POST /api/v1/org/units/{id}/deactivate",
				x -> post("/api/v1/org/units/" + x.unit().getId() + "/deactivate"), t.unit())));
		p.add(api(write("POST /api/v1/org/units/{id}/reactivate",
				x -> post("/api/v1/org/units/" + x.unit().getId() + "/reactivate"), t.unit())));
		p.add(api(slipped("POST /api/v1/org/units", x -> json(post("/api/v1/org/units"),
				"{\"code\":\"69U0002\",\"name\":\"越权单位\",\"type\":\"ENTERPRISE\",\"ownerCode\":\"641101\"}"), t.county())));
		// API: offices
		p.add(api(list("GET /api/v1/org/offices", x -> get("/api/v1/org/offices"), "月牙湖乡党委")));
		p.add(api(target("GET /api/v1/org/offices/{id}", x -> get("/api/v1/org/offices/" + x.unitOffice()),
				"沙湖县财政局")));
		p.add(api(write("POST /api/v1/org/offices/{id}/deactivate",
				x -> post("/api/v1/org/offices/" + x.townshipOffice() + "/deactivate"), "月牙湖乡党委")));
		p.add(api(write("POST /api/v1/org/offices/{id}/reactivate",
				x -> post("/api/v1/org/offices/" + x.townshipOffice() + "/reactivate"), "月牙湖乡党委")));
		p.add(api(slipped("POST /api/v1/org/offices", x -> json(post("/api/v1/org/offices"),
				"{\"code\":\"69O0002\",\"name\":\"越权党委\",\"kind\":\"TOWNSHIP_PARTY_COMMITTEE\",\"placeCode\":\""
						+ x.township().getCode() + "\"}"), t.township())));
		// working-day calendar (ATT-1): a village's count, 沙湖县's local holidays; the national schedule is the
		// system administrator's alone
		p.add(list("GET /calendar", x -> get("/calendar"), "月牙湖乡"));
		p.add(target("GET /calendar/{year}", x -> get("/calendar/2026").param("node", x.village().getCode()), t.village()));
		p.add(list("GET /calendar/local", x -> get("/calendar/local").param("year", "2026"), "开斋节"));
		p.add(slipped("POST /calendar/local", x -> post("/calendar/local").param("countyCode", x.county().getCode())
			.param("day", "2026-07-01").param("name", "越权节日"), t.county()));
		p.add(write("POST /calendar/local/{id}/remove", x -> post("/calendar/local/" + eidId() + "/remove"), "开斋节"));
		p.add(write("POST /calendar/{year}/days", x -> post("/calendar/2026/days").param("day", "2026-12-21")
			.param("kind", "HOLIDAY").param("name", "越权假日").param("reason", "越权"), "越权假日"));
		p.add(write("POST /calendar/days/{id}", x -> post("/calendar/days/" + nationalDayId()).param("day", "2026-10-01")
			.param("kind", "MAKEUP_WORKDAY").param("name", "越权假日").param("reason", "越权").param("version", "0"), "越权假日"));
		p.add(write("POST /calendar/days/{id}/remove", x -> post("/calendar/days/" + nationalDayId() + "/remove")
			.param("reason", "越权"), "越权"));
		p.add(write("POST /calendar/{year}/reseed", x -> post("/calendar/2026/reseed").param("reason", "越权"), "越权"));
		p.add(api(list("GET /api/v1/calendar/years", x -> get("/api/v1/calendar/years"), "月牙湖乡")));
		p.add(api(list("GET /api/v1/calendar/{year}", x -> get("/api/v1/calendar/2026"), "月牙湖乡")));
		p.add(api(target("GET /api/v1/calendar/working-days", x -> get("/api/v1/calendar/working-days")
			.param("from", "2026-03-01").param("to", "2026-03-31").param("node", x.village().getCode()), t.village())));
		p.add(api(list("GET /api/v1/calendar/local-holidays", x -> get("/api/v1/calendar/local-holidays").param("year", "2026"),
				"开斋节")));
		p.add(api(slipped("POST /api/v1/calendar/local-holidays", x -> json(post("/api/v1/calendar/local-holidays"),
				"{\"countyCode\":\"" + x.county().getCode() + "\",\"day\":\"2026-07-01\",\"name\":\"越权节日\"}"), t.county())));
		p.add(api(write("DELETE /api/v1/calendar/local-holidays/{id}",
				x -> delete("/api/v1/calendar/local-holidays/" + eidId()), "开斋节")));
		p.add(api(write("POST /api/v1/calendar/days", x -> json(post("/api/v1/calendar/days"),
				"{\"day\":\"2026-12-21\",\"kind\":\"HOLIDAY\",\"name\":\"越权假日\",\"reason\":\"越权\"}"), "越权假日")));
		p.add(api(write("PUT /api/v1/calendar/days/{id}", x -> json(put("/api/v1/calendar/days/" + nationalDayId()),
				"{\"day\":\"2026-10-01\",\"kind\":\"MAKEUP_WORKDAY\",\"name\":\"越权假日\",\"reason\":\"越权\",\"version\":0}"),
				"越权假日")));
		p.add(api(write("DELETE /api/v1/calendar/days/{id}",
				x -> delete("/api/v1/calendar/days/" + nationalDayId()).param("reason", "越权"), "越权")));
		p.add(api(write("POST /api/v1/calendar/{year}/reseed",
				x -> json(post("/api/v1/calendar/2026/reseed"), "{\"reason\":\"越权\"}"), "越权")));
		// policy numbers of 沙湖县 (POL-1)
		p.add(list("GET /policy", x -> get("/policy").param("place", x.county().getCode()).param("year", "2027"), "县委越权文件"));
		p.add(write("POST /policy", x -> post("/policy").param("place", x.county().getCode())
			.param("key", "ATTENDANCE_YEARLY_ABSENCE_LIMIT").param("fromYear", "2027").param("value", "10")
			.param("reason", "县委越权文件"), "县委越权文件"));
		p.add(api(list("GET /api/v1/policy", x -> get("/api/v1/policy").param("place", x.county().getCode())
			.param("year", "2027"), "县委越权文件")));
		p.add(api(write("PUT /api/v1/policy", x -> put("/api/v1/policy").contentType(MediaType.APPLICATION_JSON)
			.content("{\"place\":\"" + x.county().getCode() + "\",\"key\":\"ATTENDANCE_YEARLY_ABSENCE_LIMIT\","
					+ "\"fromYear\":2027,\"value\":10,\"reason\":\"县委越权文件\"}"), "县委越权文件")));
		// attendance report of 沙湖县 (ATT-7): a sibling unit gets the report of its own people only
		p.add(list("GET /attendance/report", x -> get("/attendance/report").param("area", x.county().getCode())
			.param("period", "2026-Q3"), "李振华"));
		p.add(list("GET /attendance/report.xlsx", x -> get("/attendance/report.xlsx").param("area", x.county().getCode())
			.param("period", "2026-Q3"), "李振华"));
		p.add(api(list("GET /api/v1/attendance/report", x -> get("/api/v1/attendance/report")
			.param("area", x.county().getCode()).param("period", "2026-Q3"), "李振华")));
		// attendance register of 月牙湖乡 (ATT-2, ATT-3, ATT-9): 李振华 is posted there
		p.add(target("GET /attendance/register",
				x -> get("/attendance/register").param("township", x.township().getCode()).param("month", "2026-10"), "李振华"));
		p.add(target("GET /attendance/register.xlsx",
				x -> get("/attendance/register.xlsx").param("township", x.township().getCode()).param("month", "2026-10"),
				"李振华"));
		p.add(write("POST /attendance/register/days", x -> post("/attendance/register/days")
			.param("township", x.township().getCode()).param("person", String.valueOf(x.person()))
			.param("day", PROBE_DAY).param("status", "ABSENT").param("reason", "越权更正"), "李振华"));
		p.add(write("POST /attendance/register/presence", x -> post("/attendance/register/presence")
			.param("township", x.township().getCode()).param("person", String.valueOf(x.person()))
			.param("kind", "DEPARTURE").param("day", PROBE_DAY), "李振华"));
		p.add(write("POST /attendance/register/confirm", x -> post("/attendance/register/confirm")
			.param("township", x.township().getCode()).param("month", PROBE_MONTH), "李振华"));
		p.add(write("POST /attendance/register/spot-checks", x -> post("/attendance/register/spot-checks")
			.param("township", x.township().getCode()).param("person", String.valueOf(x.person()))
			.param("day", PROBE_DAY).param("present", "false").param("note", "越权抽查"), "李振华"));
		p.add(api(write("POST /api/v1/attendance/spot-checks", x -> post("/api/v1/attendance/spot-checks")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"personId\":" + x.person() + ",\"day\":\"" + PROBE_DAY + "\",\"present\":false}"), "李振华")));
		p.add(api(target("GET /api/v1/attendance/register",
				x -> get("/api/v1/attendance/register").param("township", x.township().getCode()).param("month", "2026-10"),
				"李振华")));
		p.add(api(write("PUT /api/v1/attendance/register/days", x -> put("/api/v1/attendance/register/days")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"township\":\"" + x.township().getCode() + "\",\"personId\":" + x.person() + ",\"day\":\"" + PROBE_DAY
					+ "\",\"status\":\"ABSENT\",\"reason\":\"越权更正\"}"), "李振华")));
		p.add(api(write("POST /api/v1/attendance/register/presence", x -> post("/api/v1/attendance/register/presence")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"township\":\"" + x.township().getCode() + "\",\"personId\":" + x.person()
					+ ",\"kind\":\"DEPARTURE\",\"day\":\"" + PROBE_DAY + "\"}"), "李振华")));
		p.add(api(write("POST /api/v1/attendance/register/confirm", x -> post("/api/v1/attendance/register/confirm")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"township\":\"" + x.township().getCode() + "\",\"month\":\"" + PROBE_MONTH + "\"}"), "李振华")));
		// phone check-in switch of 沙湖县 (ATT-8, BUR-2): its own organisation department alone
		p.add(list("GET /attendance/checkin/counties", x -> get("/attendance/checkin/counties"), "沙湖县"));
		p.add(write("POST /attendance/checkin/counties", x -> post("/attendance/checkin/counties")
			.param("county", x.county().getCode()).param("enabled", "true"), t.county()));
		p.add(api(list("GET /api/v1/attendance/checkin/counties", x -> get("/api/v1/attendance/checkin/counties"), "沙湖县")));
		p.add(api(write("PUT /api/v1/attendance/checkin/counties/{code}",
				x -> put("/api/v1/attendance/checkin/counties/" + x.county().getCode())
					.contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":true}"), t.county())));
		// the duties of 沙湖县财政局 towards its team in 石嘴村 (MTG-1..3, SUB-2)
		p.add(list("GET /unit-duties", x -> get("/unit-duties"), "石嘴村"));
		p.add(target("GET /unit-duties/team", x -> get("/unit-duties/team").param("unit", x.unit().getCode())
			.param("village", x.village().getCode()), "村民议事室修缮"));
		p.add(target("GET /unit-duties/team.xlsx", x -> get("/unit-duties/team.xlsx").param("unit", x.unit().getCode())
			.param("village", x.village().getCode()), "村民议事室修缮"));
		p.add(write("POST /unit-duties/meetings", x -> post("/unit-duties/meetings").param("unit", x.unit().getCode())
			.param("village", x.village().getCode()).param("heldOn", "2026-06-01").param("minutes", "越权会议"), t.unit()));
		p.add(write("POST /unit-duties/visits", x -> post("/unit-duties/visits").param("unit", x.unit().getCode())
			.param("village", x.village().getCode()).param("leaderName", "越权领导").param("role", "HEAD")
			.param("visitedOn", "2026-06-01").param("solved", "越权"), t.unit()));
		p.add(write("POST /unit-duties/funds", x -> post("/unit-duties/funds").param("unit", x.unit().getCode())
			.param("village", x.village().getCode()).param("entryDate", "2026-06-01").param("direction", "OUT")
			.param("amount", "1").param("purpose", "越权支出"), t.unit()));
		p.add(write("POST /unit-duties/subsidies", x -> post("/unit-duties/subsidies").param("unit", x.unit().getCode())
			.param("village", x.village().getCode()).param("personId", String.valueOf(x.person())).param("period", "2026-06")
			.param("kind", "MEAL").param("amount", "1").param("paidOn", "2026-06-01"), t.unit()));
		p.add(api(list("GET /api/v1/unit-duties", x -> get("/api/v1/unit-duties"), "石嘴村")));
		p.add(api(target("GET /api/v1/unit-duties/team", x -> get("/api/v1/unit-duties/team")
			.param("unit", x.unit().getCode()).param("village", x.village().getCode()), "村民议事室修缮")));
		String team = "\"unitCode\":\"U641101-01\",\"villageCode\":\"641101001001\",";
		p.add(api(write("POST /api/v1/unit-duties/meetings", x -> json(post("/api/v1/unit-duties/meetings"),
				"{" + team + "\"heldOn\":\"2026-06-01\",\"minutes\":\"越权会议\"}"), t.unit())));
		p.add(api(write("POST /api/v1/unit-duties/visits", x -> json(post("/api/v1/unit-duties/visits"),
				"{" + team + "\"leaderName\":\"越权领导\",\"role\":\"HEAD\",\"visitedOn\":\"2026-06-01\",\"solved\":\"越权\"}"),
				t.unit())));
		p.add(api(write("POST /api/v1/unit-duties/funds", x -> json(post("/api/v1/unit-duties/funds"),
				"{" + team + "\"entryDate\":\"2026-06-01\",\"direction\":\"OUT\",\"amount\":1,\"purpose\":\"越权支出\"}"),
				t.unit())));
		p.add(api(write("POST /api/v1/unit-duties/subsidies", x -> json(post("/api/v1/unit-duties/subsidies"),
				"{" + team + "\"personId\":" + x.person() + ",\"period\":\"2026-06\",\"kind\":\"MEAL\",\"amount\":1,"
						+ "\"paidOn\":\"2026-06-01\"}"), t.unit())));
		// the bonus evidence of 石嘴村 (Annex 1–3): a city report with its scan, a pending regional one
		p.add(list("GET /evidence", x -> get("/evidence").param("year", String.valueOf(evidenceYear())), "民情日记"));
		p.add(list("GET /evidence.xlsx", x -> get("/evidence.xlsx").param("year", String.valueOf(evidenceYear())), "民情日记"));
		p.add(target("GET /evidence/{id}/document", x -> get("/evidence/" + evidenceId("银川日报") + "/document"),
				"Yinchuan Daily scan"));
		p.add(slipped("POST /evidence", x -> post("/evidence").param("kind", "MEDIA").param("villageCode", x.village().getCode())
			.param("level", "CITY").param("occurredOn", "2026-06-01").param("title", "越权报道"), t.village()));
		p.add(write("POST /evidence/{id}/verify", x -> post("/evidence/" + evidenceId("民情日记") + "/verify"), "民情日记"));
		p.add(write("POST /evidence/{id}/refuse", x -> post("/evidence/" + evidenceId("民情日记") + "/refuse")
			.param("reason", "越权退回"), "民情日记"));
		p.add(api(list("GET /api/v1/evidence", x -> get("/api/v1/evidence").param("year", String.valueOf(evidenceYear())),
				"民情日记")));
		p.add(api(slipped("POST /api/v1/evidence", x -> json(post("/api/v1/evidence"), "{\"kind\":\"FUNDS\",\"villageCode\":\""
				+ x.village().getCode() + "\",\"occurredOn\":\"2026-06-01\",\"title\":\"越权资金\",\"amount\":1,"
				+ "\"fundSource\":\"SOCIAL_FUNDS\"}"), t.village())));
		p.add(api(write("POST /api/v1/evidence/{id}/verify",
				x -> post("/api/v1/evidence/" + evidenceId("民情日记") + "/verify"), "民情日记")));
		p.add(api(write("POST /api/v1/evidence/{id}/refuse", x -> json(post("/api/v1/evidence/" + evidenceId("民情日记")
				+ "/refuse"), "{\"reason\":\"越权退回\"}"), "民情日记")));
		// task register (TSK-1, TSK-2): the agreed 2026 plan of 王建国 in 石嘴村
		p.add(list("GET /tasks", x -> get("/tasks").param("year", "2026"), "王建国"));
		p.add(list("GET /tasks/export.xlsx", x -> get("/tasks/export.xlsx").param("year", "2026"), PLAN_TASK));
		p.add(target("GET /tasks/plans/{id}", x -> get("/tasks/plans/" + plan()), PLAN_TASK));
		p.add(slipped("POST /tasks/plans", x -> post("/tasks/plans").param("kind", "PERSON").param("year", "2026")
			.param("personId", String.valueOf(x.person())), "李振华"));
		p.add(write("POST /tasks/plans/{id}/tasks", x -> post("/tasks/plans/" + plan() + "/tasks").param("duty", "GOVERNANCE")
			.param("description", "越权任务").param("target", "1"), PLAN_TASK));
		p.add(write("POST /tasks/tasks/{id}/remove", x -> post("/tasks/tasks/" + planTask() + "/remove")
			.param("planId", String.valueOf(plan())), PLAN_TASK));
		p.add(write("POST /tasks/plans/{id}/submit", x -> post("/tasks/plans/" + plan() + "/submit"), PLAN_TASK));
		p.add(write("POST /tasks/plans/{id}/agree", x -> post("/tasks/plans/" + plan() + "/agree"), PLAN_TASK));
		p.add(write("POST /tasks/tasks/{id}/outcome", x -> post("/tasks/tasks/" + planTask() + "/outcome")
			.param("planId", String.valueOf(plan())).param("done", "true").param("note", "越权"), PLAN_TASK));
		p.add(api(list("GET /api/v1/tasks/plans", x -> get("/api/v1/tasks/plans").param("year", "2026"), "王建国")));
		p.add(api(target("GET /api/v1/tasks/plans/{id}", x -> get("/api/v1/tasks/plans/" + plan()), PLAN_TASK)));
		p.add(api(slipped("POST /api/v1/tasks/plans", x -> json(post("/api/v1/tasks/plans"),
				"{\"kind\":\"PERSON\",\"year\":2026,\"personId\":" + x.person() + "}"), "李振华")));
		p.add(api(write("POST /api/v1/tasks/plans/{id}/tasks", x -> json(post("/api/v1/tasks/plans/" + plan() + "/tasks"),
				"{\"duty\":\"GOVERNANCE\",\"description\":\"越权任务\",\"target\":\"1\"}"), PLAN_TASK)));
		p.add(api(write("DELETE /api/v1/tasks/tasks/{taskId}", x -> delete("/api/v1/tasks/tasks/" + planTask()), PLAN_TASK)));
		p.add(api(write("POST /api/v1/tasks/plans/{id}/submission", x -> post("/api/v1/tasks/plans/" + plan() + "/submission"),
				PLAN_TASK)));
		p.add(api(write("POST /api/v1/tasks/plans/{id}/agreement", x -> post("/api/v1/tasks/plans/" + plan() + "/agreement"),
				PLAN_TASK)));
		p.add(api(write("PUT /api/v1/tasks/tasks/{taskId}/outcome", x -> json(put("/api/v1/tasks/tasks/" + planTask()
				+ "/outcome"), "{\"done\":true,\"note\":\"越权\"}"), PLAN_TASK)));
		MockMultipartFile evidence = new MockMultipartFile("file", "越权佐证.pdf", "application/pdf",
				"%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		p.add(write("POST /tasks/plans/{id}/documents", x -> multipart("/tasks/plans/" + plan() + "/documents").file(evidence)
			.param("kind", "EVIDENCE").param("taskId", String.valueOf(planTask())), PLAN_TASK));
		p.add(target("GET /tasks/documents/{id}", x -> get("/tasks/documents/" + planDocument()), PLAN_EVIDENCE));
		p.add(api(write("POST /api/v1/tasks/plans/{id}/documents", x -> multipart("/api/v1/tasks/plans/" + plan()
				+ "/documents").file(evidence).param("kind", "EVIDENCE").param("taskId", String.valueOf(planTask())), PLAN_TASK)));
		p.add(api(target("GET /api/v1/tasks/documents/{documentId}", x -> get("/api/v1/tasks/documents/" + planDocument()),
				PLAN_EVIDENCE)));
		// training (TRN-1): 沙湖县's course attended by 王建国 and 李振华
		p.add(list("GET /training", x -> get("/training").param("year", "2026"), COURSE));
		p.add(list("GET /training/shortfalls.xlsx", x -> get("/training/shortfalls.xlsx").param("year", "2026"), "王建国"));
		p.add(slipped("POST /training/courses", x -> post("/training/courses").param("title", "越权培训班")
			.param("organiserCode", x.county().getCode()).param("startDate", "2026-06-01").param("endDate", "2026-06-02")
			.param("days", "2").param("offTheJob", "true"), COURSE));
		p.add(target("GET /training/courses/{id}", x -> get("/training/courses/" + course()), COURSE));
		p.add(write("POST /training/courses/{id}/attendance", x -> post("/training/courses/" + course() + "/attendance")
			.param("personId", String.valueOf(x.person())), COURSE));
		p.add(api(list("GET /api/v1/training/courses", x -> get("/api/v1/training/courses").param("year", "2026"), COURSE)));
		p.add(api(target("GET /api/v1/training/courses/{id}", x -> get("/api/v1/training/courses/" + course()), COURSE)));
		p.add(api(slipped("POST /api/v1/training/courses", x -> json(post("/api/v1/training/courses"),
				"{\"title\":\"越权培训班\",\"organiserCode\":\"" + x.county().getCode() + "\",\"startDate\":\"2026-06-01\","
						+ "\"endDate\":\"2026-06-02\",\"days\":2,\"offTheJob\":true}"), COURSE)));
		p.add(api(write("POST /api/v1/training/courses/{id}/attendance", x -> json(post("/api/v1/training/courses/" + course()
				+ "/attendance"), "{\"personId\":" + x.person() + "}"), COURSE)));
		p.add(api(list("GET /api/v1/training/shortfalls", x -> get("/api/v1/training/shortfalls").param("year", "2026"),
				"王建国")));
		// supervision and discipline (SUP-1, SUP-2): 沙湖县's inspection of 石嘴村, the notice about 李振华
		p.add(list("GET /supervision", x -> get("/supervision").param("year", "2026"), INSPECTION));
		p.add(list("GET /supervision/export.xlsx", x -> get("/supervision/export.xlsx").param("year", "2026"), NOTICE));
		p.add(slipped("POST /supervision/inspections", x -> post("/supervision/inspections")
			.param("organiserCode", x.county().getCode()).param("inspectedOn", "2026-06-01").param("team", "越权督导组")
			.param("villageCodes", x.village().getCode()), INSPECTION));
		p.add(target("GET /supervision/inspections/{id}", x -> get("/supervision/inspections/" + inspection()), INSPECTION));
		p.add(write("POST /supervision/inspections/{id}/findings", x -> post("/supervision/inspections/" + inspection()
				+ "/findings").param("personId", String.valueOf(x.person())).param("finding", "越权问题"), INSPECTION));
		p.add(slipped("POST /supervision/records", x -> post("/supervision/records").param("kind", "CRITICISM_NOTICE")
			.param("organiserCode", x.county().getCode()).param("personId", String.valueOf(x.person()))
			.param("issuedOn", "2026-06-01").param("issuingBody", "越权").param("summary", "越权通报"), NOTICE));
		p.add(api(list("GET /api/v1/supervision/inspections", x -> get("/api/v1/supervision/inspections").param("year", "2026"),
				INSPECTION)));
		p.add(api(target("GET /api/v1/supervision/inspections/{id}", x -> get("/api/v1/supervision/inspections/"
				+ inspection()), INSPECTION)));
		p.add(api(slipped("POST /api/v1/supervision/inspections", x -> json(post("/api/v1/supervision/inspections"),
				"{\"organiserCode\":\"" + x.county().getCode() + "\",\"inspectedOn\":\"2026-06-01\",\"team\":\"越权督导组\","
						+ "\"villageCodes\":[\"" + x.village().getCode() + "\"]}"), INSPECTION)));
		p.add(api(write("POST /api/v1/supervision/inspections/{id}/findings", x -> json(post("/api/v1/supervision/inspections/"
				+ inspection() + "/findings"), "{\"personId\":" + x.person() + ",\"finding\":\"越权问题\"}"), INSPECTION)));
		p.add(api(list("GET /api/v1/supervision/records", x -> get("/api/v1/supervision/records").param("year", "2026"),
				NOTICE)));
		p.add(api(slipped("POST /api/v1/supervision/records", x -> json(post("/api/v1/supervision/records"),
				"{\"kind\":\"CRITICISM_NOTICE\",\"organiserCode\":\"" + x.county().getCode() + "\",\"personId\":" + x.person()
						+ ",\"issuedOn\":\"2026-06-01\",\"issuingBody\":\"越权\",\"summary\":\"越权通报\"}"), NOTICE)));
		p.add(api(target("GET /api/v1/supervision/people/{personId}", x -> get("/api/v1/supervision/people/" + x.person())
			.param("year", "2026"), "criticismNotices")));
		// reports of 李振华 in 月牙湖乡 (REP-1..5): the demo quarterly report, received by 月牙湖乡党委 only
		p.add(list("GET /reports", x -> get("/reports").param("box", "ALL"), "李振华"));
		p.add(list("GET /reports/export.xlsx", x -> get("/reports/export.xlsx").param("box", "ALL"), "李振华"));
		p.add(list("GET /reports/new", x -> get("/reports/new"), "李振华"));
		p.add(slipped("POST /reports", x -> post("/reports").param("kind", "WORK_INFO").param("title", "越权报告")
			.param("body", "越权"), "李振华"));
		p.add(target("GET /reports/{id}", x -> get("/reports/" + report()), REPORT_TEXT));
		p.add(write("POST /reports/{id}/receive", x -> post("/reports/" + report() + "/receive"), REPORT_TEXT));
		p.add(api(list("GET /api/v1/reports", x -> get("/api/v1/reports"), "李振华")));
		p.add(api(list("GET /api/v1/reports/overdue", x -> get("/api/v1/reports/overdue"), "李振华")));
		p.add(api(slipped("POST /api/v1/reports", x -> json(post("/api/v1/reports"),
				"{\"kind\":\"WORK_INFO\",\"title\":\"越权报告\",\"body\":\"越权\"}"), "李振华")));
		p.add(api(target("GET /api/v1/reports/{id}", x -> get("/api/v1/reports/" + report()), REPORT_TEXT)));
		p.add(target("GET /reports/{id}/document", x -> get("/reports/" + reportWithDocument() + "/document"),
				"DEMO-REPORT-2026H1"));
		p.add(api(target("GET /api/v1/reports/{id}/document",
				x -> get("/api/v1/reports/" + reportWithDocument() + "/document"), "DEMO-REPORT-2026H1")));
		p.add(api(slipped("POST /api/v1/reports/upload", x -> multipart("/api/v1/reports/upload").file(PROBE_PDF)
			.param("kind", "WORK_INFO").param("title", "越权报告"), "李振华")));
		p.add(api(write("POST /api/v1/reports/{id}/receipt", x -> post("/api/v1/reports/" + report() + "/receipt"),
				REPORT_TEXT)));
		// the meetings of 月牙湖乡 (REP-4): the demo hearing of October; a foreign office names 月牙湖乡 as the place
		p.add(list("GET /meetings", x -> get("/meetings"), "月牙湖乡党委"));
		p.add(list("GET /meetings/export.xlsx", x -> get("/meetings/export.xlsx"), "月牙湖乡党委"));
		p.add(list("GET /meetings/new", x -> get("/meetings/new"), "月牙湖乡党委"));
		p.add(slipped("POST /meetings", x -> post("/meetings").param("heldOn", "2026-11-20").param("participants", "越权会议")
			.param("minutes", "越权").param("placeCode", x.township().getCode()), t.township()));
		p.add(target("GET /meetings/{id}", x -> get("/meetings/" + meeting()), MEETING_MINUTES));
		p.add(api(list("GET /api/v1/meetings", x -> get("/api/v1/meetings"), "月牙湖乡党委")));
		p.add(api(slipped("POST /api/v1/meetings", x -> json(post("/api/v1/meetings"), "{\"heldOn\":\"2026-11-20\","
				+ "\"participants\":\"越权会议\",\"minutes\":\"越权\",\"placeCode\":\"" + x.township().getCode() + "\"}"),
				t.township())));
		p.add(target("GET /meetings/{id}/document", x -> get("/meetings/" + meeting() + "/document"), "DEMO-MINUTES-2026-10"));
		p.add(api(target("GET /api/v1/meetings/{id}/document", x -> get("/api/v1/meetings/" + meeting() + "/document"),
				"DEMO-MINUTES-2026-10")));
		p.add(api(slipped("POST /api/v1/meetings/upload", x -> multipart("/api/v1/meetings/upload").file(PROBE_PDF)
			.param("heldOn", "2026-11-20").param("participants", "越权会议").param("placeCode", x.township().getCode()),
				t.township())));
		p.add(api(target("GET /api/v1/meetings/{id}", x -> get("/api/v1/meetings/" + meeting()), MEETING_MINUTES)));
		// satisfaction surveys (SAT-1, BUR-3): the demo survey of a member of 石嘴村
		p.add(list("GET /surveys", x -> get("/surveys").param("year", String.valueOf(surveyYear())), surveyed()));
		p.add(target("GET /surveys/{id}", x -> get("/surveys/" + survey()), surveyed()));
		p.add(write("GET /surveys/{id}/slips", x -> get("/surveys/" + survey() + "/slips"), surveyed()));
		p.add(write("POST /surveys/{id}/codes", x -> post("/surveys/" + survey() + "/codes")
			.param("group", "VILLAGER_REPRESENTATIVES").param("count", "1"), surveyed()));
		p.add(write("POST /surveys/{id}/tally", x -> post("/surveys/" + survey() + "/tally")
			.param("group", "VILLAGER_REPRESENTATIVES").param("satisfied", "40").param("fairlySatisfied", "0")
			.param("dissatisfied", "0"), surveyed()));
		p.add(write("POST /surveys/{id}/close", x -> post("/surveys/" + survey() + "/close"), surveyed()));
		p.add(api(list("GET /api/v1/surveys", x -> get("/api/v1/surveys").param("year", String.valueOf(surveyYear())),
				surveyed())));
		p.add(api(target("GET /api/v1/surveys/{id}", x -> get("/api/v1/surveys/" + survey()), surveyed())));
		p.add(api(write("POST /api/v1/surveys/{id}/codes", x -> json(post("/api/v1/surveys/" + survey() + "/codes"),
				"{\"group\":\"VILLAGER_REPRESENTATIVES\",\"count\":1}"), surveyed())));
		p.add(api(write("POST /api/v1/surveys/{id}/tallies", x -> json(post("/api/v1/surveys/" + survey() + "/tallies"),
				"{\"group\":\"VILLAGER_REPRESENTATIVES\",\"satisfied\":40,\"fairlySatisfied\":0,\"dissatisfied\":0}"),
				surveyed())));
		p.add(api(write("POST /api/v1/surveys/{id}/close", x -> post("/api/v1/surveys/" + survey() + "/close"),
				surveyed())));
		// batch downloads of printed forms (FRM-1/2): the insider's own batch, by its id
		p.add(target("GET /printing/batches/{id}", x -> get("/printing/batches/" + batchId), BATCH_SECRET));
		p.add(target("GET /printing/batches/{id}/download", x -> get("/printing/batches/" + batchId + "/download"), BATCH_SECRET));
		p.add(api(target("GET /api/v1/printing/batches/{id}", x -> get("/api/v1/printing/batches/" + batchId), BATCH_SECRET)));
		p.add(api(target("GET /api/v1/printing/batches/{id}/download",
				x -> get("/api/v1/printing/batches/" + batchId + "/download"), BATCH_SECRET)));
		// scoring sheets (SCO-A1/A2/A3, FRM-2): the sheets of 李振华 and of 石嘴村's team, 沙湖县's demo refinement
		p.add(list("GET /scoring", x -> get("/scoring").param("year", "2026"), "李振华"));
		p.add(target("GET /scoring/person/{id}", x -> get("/scoring/person/" + x.person()).param("year", "2026"), "李振华"));
		p.add(target("GET /scoring/person/{id}.xlsx", x -> get("/scoring/person/" + x.person() + ".xlsx").param("year", "2026"),
				"李振华"));
		p.add(target("GET /scoring/team/{village}", x -> get("/scoring/team/" + x.village().getCode()).param("year", "2026"),
				SCORING_SECRET));
		p.add(target("GET /scoring/team/{village}.xlsx", x -> get("/scoring/team/" + x.village().getCode() + ".xlsx")
			.param("year", "2026"), SCORING_SECRET));
		// FRM-2: the filled sheets as PDF, and the batch of a township's sheets
		p.add(target("GET /scoring/person/{id}.pdf", x -> get("/scoring/person/" + x.person() + ".pdf").param("year", "2026"),
				"李振华"));
		p.add(target("GET /scoring/team/{village}.pdf", x -> get("/scoring/team/" + x.village().getCode() + ".pdf")
			.param("year", "2026"), t.village()));
		p.add(write("POST /scoring/batch", x -> post("/scoring/batch").param("township", x.township().getCode())
			.param("year", "2026"), t.township()));
		p.add(api(target("GET /api/v1/scoring/people/{id}.pdf", x -> get("/api/v1/scoring/people/" + x.person() + ".pdf")
			.param("year", "2026"), "李振华")));
		p.add(api(target("GET /api/v1/scoring/teams/{village}.pdf", x -> get("/api/v1/scoring/teams/" + x.village().getCode()
				+ ".pdf").param("year", "2026"), t.village())));
		p.add(api(write("POST /api/v1/scoring/batches", x -> post("/api/v1/scoring/batches")
			.param("township", x.township().getCode()).param("year", "2026"), t.township())));
		p.add(write("POST /scoring/rate", x -> post("/scoring/rate").param("subject", "PERSON")
			.param("personId", String.valueOf(x.person())).param("year", "2026").param("itemCode", "5.1")
			.param("raterKind", "TOWNSHIP_PARTY_COMMITTEE").param("raterName", "越权评分").param("score", "1"), "李振华"));
		p.add(list("GET /scoring/templates", x -> get("/scoring/templates"), SCORING_REFINEMENT));
		p.add(target("GET /scoring/templates/{id}", x -> get("/scoring/templates/" + refinement()), SCORING_REFINEMENT));
		p.add(target("GET /scoring/templates/refine", x -> get("/scoring/templates/refine").param("annex", "ANNEX1")
			.param("county", x.county().getCode()).param("year", "2027"), SCORING_REFINEMENT_REASON));
		p.add(slipped("POST /scoring/templates/refine", x -> post("/scoring/templates/refine").param("annex", "ANNEX1")
			.param("county", x.county().getCode()).param("fromYear", "2030").param("code", "1").param("name", "越权模板")
			.param("maximum", "100"), SCORING_REFINEMENT));
		p.add(target("GET /scoring/activities", x -> get("/scoring/activities").param("village", x.village().getCode())
			.param("year", "2026"), SCORING_SECRET));
		p.add(write("POST /scoring/activities", x -> post("/scoring/activities").param("village", x.village().getCode())
			.param("kind", "POLICY_CAMPAIGN").param("heldOn", "2026-06-01").param("title", "越权活动").param("personTimes", "1"),
				SCORING_SECRET));
		p.add(api(target("GET /api/v1/scoring/people/{id}", x -> get("/api/v1/scoring/people/" + x.person())
			.param("year", "2026"), "李振华")));
		p.add(api(target("GET /api/v1/scoring/teams/{village}", x -> get("/api/v1/scoring/teams/" + x.village().getCode())
			.param("year", "2026"), SCORING_SECRET)));
		p.add(api(write("POST /api/v1/scoring/scores", x -> json(post("/api/v1/scoring/scores"), "{\"subject\":\"PERSON\","
				+ "\"personId\":" + x.person() + ",\"year\":2026,\"itemCode\":\"5.1\",\"raterKind\":\"TOWNSHIP_PARTY_COMMITTEE\","
				+ "\"raterName\":\"越权评分\",\"score\":1}"), "李振华")));
		p.add(api(list("GET /api/v1/scoring/templates", x -> get("/api/v1/scoring/templates"), SCORING_REFINEMENT)));
		p.add(api(target("GET /api/v1/scoring/templates/{id}", x -> get("/api/v1/scoring/templates/" + refinement()),
				SCORING_REFINEMENT)));
		p.add(api(slipped("POST /api/v1/scoring/templates", x -> json(post("/api/v1/scoring/templates"),
				"{\"annex\":\"ANNEX1\",\"county\":\"" + x.county().getCode() + "\",\"fromYear\":2030,\"items\":"
						+ "[{\"code\":\"1\",\"name\":\"越权模板\",\"maximum\":100}]}"), SCORING_REFINEMENT)));
		p.add(api(target("GET /api/v1/scoring/activities", x -> get("/api/v1/scoring/activities")
			.param("village", x.village().getCode()).param("year", "2026"), SCORING_SECRET)));
		p.add(api(write("POST /api/v1/scoring/activities", x -> json(post("/api/v1/scoring/activities"),
				"{\"village\":\"" + x.village().getCode() + "\",\"kind\":\"POLICY_CAMPAIGN\",\"heldOn\":\"2026-06-01\","
						+ "\"title\":\"越权活动\",\"personTimes\":1}"), SCORING_SECRET)));
		// ASM-1..7, USE-1..3, SUB-1: 李振华's demo quarterly assessment of 石嘴村 and the lists holding him
		p.add(list("GET /assessment", x -> get("/assessment").param("kind", "QUARTERLY").param("quarter", "1"), "李振华"));
		p.add(list("GET /assessment/review", x -> get("/assessment/review"), "李振华"));
		p.add(list("GET /assessment/use", x -> get("/assessment/use"), "李振华"));
		p.add(list("GET /assessment/subsidy", x -> get("/assessment/subsidy"), "李振华"));
		p.add(list("GET /assessment/subsidy.xlsx", x -> get("/assessment/subsidy.xlsx"), "李振华"));
		p.add(slipped("POST /assessment", x -> post("/assessment").param("personId", String.valueOf(x.person()))
			.param("kind", "ANNUAL").param("year", "2026"), "李振华"));
		p.add(target("GET /assessment/{id}", x -> get("/assessment/" + assessment()), ASSESSMENT_TEXT));
		p.add(write("POST /assessment/{id}/sign", x -> post("/assessment/" + assessment() + "/sign").param("step", "TOWNSHIP")
			.param("opinion", "越权意见").param("grade", "BASIC"), ASSESSMENT_TEXT));
		p.add(write("POST /assessment/{id}/return", x -> post("/assessment/" + assessment() + "/return")
			.param("target", "SUMMARY").param("reason", "越权退回"), ASSESSMENT_TEXT));
		// USE-2: a certificate is issued only within the scope; an outsider's request is refused like a change
		p.add(write("GET /assessment/{id}/certificate", x -> get("/assessment/" + assessment() + "/certificate"),
				ASSESSMENT_TEXT));
		// FRM-1, USE-2: the filled forms and the certificate of the assessment, the township's batch and start of the quarter
		p.add(write("GET /assessment/{id}/form.docx", x -> get("/assessment/" + assessment() + "/form.docx"), ASSESSMENT_TEXT));
		p.add(write("GET /assessment/{id}/form.pdf", x -> get("/assessment/" + assessment() + "/form.pdf"), ASSESSMENT_TEXT));
		p.add(write("GET /assessment/{id}/certificate.pdf", x -> get("/assessment/" + assessment() + "/certificate.pdf"),
				ASSESSMENT_TEXT));
		p.add(write("POST /assessment/forms/batch", x -> post("/assessment/forms/batch").param("township",
				String.valueOf(x.township().getId())).param("year", "2026").param("quarter", "1"), ASSESSMENT_TEXT));
		p.add(write("POST /assessment/start-quarter", x -> post("/assessment/start-quarter").param("township",
				String.valueOf(x.township().getId())).param("year", "2026").param("quarter", "4"), "李振华"));
		p.add(api(write("GET /api/v1/assessments/{id}/form.docx", x -> get("/api/v1/assessments/" + assessment() + "/form.docx"),
				ASSESSMENT_TEXT)));
		p.add(api(write("GET /api/v1/assessments/{id}/form.pdf", x -> get("/api/v1/assessments/" + assessment() + "/form.pdf"),
				ASSESSMENT_TEXT)));
		p.add(api(list("GET /api/v1/assessments", x -> get("/api/v1/assessments"), "李振华")));
		p.add(api(list("GET /api/v1/assessments/annual-proposals", x -> get("/api/v1/assessments/annual-proposals")
			.param("year", String.valueOf(java.time.Year.now(java.time.ZoneId.of("Asia/Shanghai")).getValue())), "李振华")));
		p.add(api(slipped("POST /api/v1/assessments", x -> json(post("/api/v1/assessments"), "{\"personId\":" + x.person()
				+ ",\"kind\":\"ANNUAL\",\"year\":2026}"), "李振华")));
		p.add(api(target("GET /api/v1/assessments/{id}", x -> get("/api/v1/assessments/" + assessment()), ASSESSMENT_TEXT)));
		p.add(api(write("POST /api/v1/assessments/{id}/sign", x -> json(post("/api/v1/assessments/" + assessment() + "/sign"),
				"{\"step\":\"TOWNSHIP\",\"opinion\":\"越权意见\",\"grade\":\"BASIC\"}"), ASSESSMENT_TEXT)));
		p.add(api(write("POST /api/v1/assessments/{id}/return", x -> json(post("/api/v1/assessments/" + assessment()
				+ "/return"), "{\"target\":\"SUMMARY\",\"reason\":\"越权退回\"}"), ASSESSMENT_TEXT)));
		p.add(api(list("GET /api/v1/assessments/use", x -> get("/api/v1/assessments/use"), "李振华")));
		p.add(api(list("GET /api/v1/assessments/subsidy", x -> get("/api/v1/assessments/subsidy"), "李振华")));
		return p;
	}

	/** The demo survey of a member of 石嘴村 (SAT-1): its id, year and the name of the person rated. */
	private long survey() {
		return jdbc.queryForObject("select min(id) from survey where subject = 'MEMBER' and township_node_id = ?",
				Long.class, t.township().getId());
	}

	private int surveyYear() {
		return jdbc.queryForObject("select survey_year from survey where id = ?", Integer.class, survey());
	}

	private String surveyed() {
		return jdbc.queryForObject("select person_name from survey where id = ?", String.class, survey());
	}

	/** The surveys of 月牙湖乡 as they stand: number, versions, codes and tallies (SAT-1, BUR-3). */
	private String surveysOfTownship() {
		return jdbc.queryForObject("select count(*) || '/' || coalesce(sum(s.version), 0) || '/' || (select count(*) from "
				+ "survey_code c where c.survey_id in (select id from survey where township_node_id = ?)) || '/' || "
				+ "(select coalesce(sum(version), 0) from survey_tally where survey_id in (select id from survey where "
				+ "township_node_id = ?)) from survey s where s.township_node_id = ?", String.class, t.township().getId(),
				t.township().getId(), t.township().getId());
	}

	/** A demo team activity of 石嘴村 (Annex 1 item 2.2.3), shown on its team sheet and activity list. */
	static final String SCORING_SECRET = "惠民政策进村入户宣讲";

	/** 沙湖县's demo refinement of Annex 1 (its note) and the reason it records for item 2.3. */
	static final String SCORING_REFINEMENT = "沙湖县细化：基层组织建设其余5分由乡镇党委整体评分";

	static final String SCORING_REFINEMENT_REASON = "其余5分由乡镇党委对基层组织建设整体评分";

	private long refinement() {
		return jdbc.queryForObject("select id from scoring_template where note = ?", Long.class, SCORING_REFINEMENT);
	}

	/** The summary of 李振华's demo quarterly assessment (ASM-1), which only its own scope may read. */
	static final String ASSESSMENT_TEXT = "本季度走访农户 46 户";

	/** 李振华's first-quarter assessment of the demo (complete). */
	private long assessment() {
		return jdbc.queryForObject("select min(a.id) from assessment a join assessment_step s on s.assessment_id = a.id "
				+ "where a.person_name = '李振华' and a.quarter = 1 and s.opinion like ?", Long.class, "%" + ASSESSMENT_TEXT + "%");
	}

	/** A demo evidence record of 石嘴村 by a word of its title (Annex 1). */
	private long evidenceId(String word) {
		return jdbc.queryForObject("select id from bonus_evidence where title like ?", Long.class, "%" + word + "%");
	}

	private int evidenceYear() {
		return jdbc.queryForObject("select extract(year from occurred_on)::int from bonus_evidence where title like ?",
				Integer.class, "%民情日记%");
	}

	/** A task of 王建国's agreed plan, an outsider must not see (TSK-1). */
	static final String PLAN_TASK = "培养入党积极分子";

	/** 沙湖县's demo course (TRN-1), its inspection team (SUP-1) and the notice about 李振华 (SUP-2). */
	static final String COURSE = "沙湖县驻村第一书记和工作队员脱产轮训班";

	static final String INSPECTION = "沙湖县委组织部第一督导组";

	static final String NOTICE = "督查通报〔2026〕3号";

	private long plan() {
		return jdbc.queryForObject("select id from work_plan where person_name = '王建国' and plan_year = 2026", Long.class);
	}

	/** The text of the demo evidence (a PDF) attached to a task of 王建国's plan. */
	static final String PLAN_EVIDENCE = "dangke-2026";

	private long planDocument() {
		return jdbc.queryForObject("select min(id) from plan_document", Long.class);
	}

	private long planTask() {
		return jdbc.queryForObject("select id from plan_task where description = ?", Long.class, PLAN_TASK);
	}

	private long course() {
		return jdbc.queryForObject("select id from training_course where title = ?", Long.class, COURSE);
	}

	private long inspection() {
		return jdbc.queryForObject("select id from inspection where team = ?", Long.class, INSPECTION);
	}

	/** The work records' state (TSK, TRN, SUP): rows and versions, which no outsider's probe may change. */
	private long workRecords() {
		return jdbc.queryForObject("select (select count(*) + coalesce(sum(version), 0) from work_plan) "
				+ "+ (select count(*) + coalesce(sum(version), 0) from plan_task) + (select count(*) from training_course) "
				+ "+ (select count(*) from training_attendance) + (select count(*) from inspection) "
				+ "+ (select count(*) from inspection_finding) + (select count(*) from discipline_record) "
				+ "+ (select count(*) from plan_document) + (select count(*) + coalesce(sum(version), 0) from scoring_rater_score) "
				+ "+ (select count(*) from scoring_team_activity) + (select count(*) from scoring_template) "
				+ "+ (select count(*) from assessment)", Long.class);
	}

	/** 沙湖县's local holiday 开斋节 (demo data, ATT-1). */
	private long eidId() {
		return jdbc.queryForObject("select id from calendar_local_holiday where name = '开斋节'", Long.class);
	}

	/** National Day 2026 in the national schedule (ATT-1). */
	private long nationalDayId() {
		return jdbc.queryForObject("select id from calendar_special_day where day = '2026-10-01'", Long.class);
	}

	@TestFactory
	@DisplayName("ORG-5: users of a sibling township, county and unit get nothing of 沙湖县 by any endpoint")
	Stream<DynamicTest> outsidersAreRefused() {
		return probes().stream().flatMap(probe -> OUTSIDERS.stream()
			.map(user -> DynamicTest.dynamicTest(user + " → " + probe.endpoint(), () -> assertRefused(probe, user))));
	}

	@TestFactory
	@DisplayName("ORG-5: the county's own organisation department reads the same records (the probes can fail)")
	Stream<DynamicTest> insiderReads() {
		return probes().stream().filter(p -> p.kind() == Kind.TARGET)
			.map(probe -> DynamicTest.dynamicTest(INSIDER + " → " + probe.endpoint(), () -> {
				var response = mvc.perform(authenticate(probe, INSIDER)).andReturn().getResponse();
				assertThat(response.getStatus()).as(probe.endpoint()).isEqualTo(200);
				assertThat(readable(response)).as(probe.endpoint()).contains(probe.secret());
			}));
	}

	@Test
	@DisplayName("ORG-5: every endpoint of the application is in the cross-scope catalogue")
	void everyEndpointIsProbed() {
		Set<String> probed = new TreeSet<>(NOT_SCOPED);
		probes().forEach(p -> probed.add(p.endpoint()));
		Set<String> missing = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
			if (!e.getValue().getBeanType().getPackageName().startsWith("org.zhucun")) {
				continue;
			}
			var methods = e.getKey().getMethodsCondition().getMethods();
			for (String pattern : e.getKey().getPatternValues()) {
				if (methods.isEmpty()) {
					missing.add("ANY " + pattern);
				}
				methods.forEach(m -> {
					if (!probed.contains(m.name() + " " + pattern)) {
						missing.add(m.name() + " " + pattern);
					}
				});
			}
		}
		assertThat(missing).as("endpoints without a cross-scope probe").isEmpty();
	}

	private void assertRefused(Probe probe, String user) throws Exception {
		Snapshot before = snapshot();
		var response = mvc.perform(authenticate(probe, user)).andReturn().getResponse();
		int status = response.getStatus();
		// the top bar names the caller's own office, which may share words with the target's county
		String body = readable(response).replaceAll("(?s)<nav class=\"navbar.*?</nav>", "");
		switch (probe.kind()) {
			case LIST -> assertThat(status).as(probe.endpoint()).isIn(200, 403, 404);
			case TARGET, WRITE -> assertThat(status).as(probe.endpoint()).isIn(403, 404);
			case SLIPPED -> assertThat(status).as(probe.endpoint()).isIn(400, 403, 404);
		}
		assertThat(body).as(probe.endpoint() + " must show nothing of the record").doesNotContain(probe.secret());
		assertThat(snapshot()).as(probe.endpoint() + " must change nothing").isEqualTo(before);
	}

	/** The response as text; an Excel export is read cell by cell and a PDF by PDFBox, since their files are compressed. */
	private static String readable(org.springframework.mock.web.MockHttpServletResponse response) throws Exception {
		String type = response.getContentType();
		if (type != null && type.contains("spreadsheetml")) {
			StringBuilder text = new StringBuilder();
			try (var workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(response.getContentAsByteArray()))) {
				var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
				workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append('|'))));
			}
			return text.toString();
		}
		if (type != null && type.contains("pdf")) {
			// a printed sheet (FRM-2) is read by PDFBox; a stored upload may be no real PDF, and is read as it is
			try (var document = org.apache.pdfbox.Loader.loadPDF(response.getContentAsByteArray())) {
				return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s", "");
			}
			catch (java.io.IOException ex) {
				return response.getContentAsString();
			}
		}
		return response.getContentAsString();
	}

	private AbstractMockHttpServletRequestBuilder<?> authenticate(Probe probe, String user) {
		AbstractMockHttpServletRequestBuilder<?> request = probe.request().apply(t);
		if (probe.api()) {
			return request.header("Authorization", "Bearer " + tokens.get(user));
		}
		return request.cookie(sessions.get(user)).with(csrf());
	}

	/** What the probes could change: the targets' state and whether any record with a probe code exists. */
	private Snapshot snapshot() {
		OrgNode village = nodes.findById(t.village().getId()).orElseThrow();
		DispatchingUnit unit = units.findById(t.unit().getId()).orElseThrow();
		var office = offices.findById(t.townshipOffice()).orElseThrow();
		var account = accounts.findById(t.account()).orElseThrow();
		boolean created = Stream.of("69X0001", "69X0002").anyMatch(c -> nodes.findByCode(c).isPresent())
				|| Stream.of("69U0001", "69U0002").anyMatch(c -> units.findByCode(c).isPresent())
				|| Stream.of("69O0001", "69O0002").anyMatch(c -> offices.findByCode(c).isPresent())
				|| nodes.findByCode("69I0001").isPresent() || accounts.existsByUsername("69-intruder")
				|| jdbc.queryForObject("select count(*) from person where name in ('越权人员', '越权导入人员')", Long.class) > 0
				|| jdbc.queryForObject("select count(*) from assignment where end_reason = '越权撤换'", Long.class) > 0
				|| jdbc.queryForObject("select count(*) from user_account where person_id = ?", Long.class, t.person()) > 0
				// ATT-1: no calendar edit got through (a probe's day added, 开斋节 or 国庆节 changed or removed)
				|| jdbc.queryForObject("select count(*) from calendar_local_holiday where name in ('越权节日') or "
						+ "(name = '开斋节' and day = '2026-03-20')", Long.class) != 1
				|| jdbc.queryForObject("select count(*) from calendar_special_day where name = '越权假日' or "
						+ "(day = '2026-10-01' and kind = 'HOLIDAY' and name = '国庆节')", Long.class) != 1
				|| jdbc.queryForObject("select count(*) from leave_request where reason = '越权请假' or (id = ? and "
						+ "(state <> 'PENDING' or version <> 0))", Long.class, leave()) > 0
				|| jdbc.queryForObject("select (select count(*) from attendance_day where day = cast(? as date)) "
						+ "+ (select count(*) from presence_registration where on_date = cast(? as date)) "
						+ "+ (select count(*) from attendance_month where month_start = cast(? as date)) "
						+ "+ (select count(*) from attendance_spot_check where day = cast(? as date))", Long.class, PROBE_DAY,
						PROBE_DAY, PROBE_MONTH + "-01", PROBE_DAY) > 0
				// POL-1: no policy number was set by a probe
				|| jdbc.queryForObject("select count(*) from policy_setting", Long.class) > 0
				// MTG-1..3, SUB-2: no duty record was entered by a probe
				|| jdbc.queryForObject("select (select count(*) from unit_meeting) + (select count(*) from unit_leader_visit) "
						+ "+ (select count(*) from unit_fund_entry) + (select count(*) from unit_subsidy)", Long.class)
						!= unitDutyRecords
				// Annex 1–3: no evidence entered or decided by a probe
				|| jdbc.queryForObject("select count(*) from bonus_evidence where title like '越权%' or (title like "
						+ "'%民情日记%' and state <> 'PENDING')", Long.class) > 0
				// REP-1, REP-4: no report or meeting was made by a probe, and the demo report's receipts are unchanged
				|| jdbc.queryForObject("select count(*) from report where title = '越权报告'", Long.class) > 0
				|| jdbc.queryForObject("select count(*) from meeting where participants = '越权会议'", Long.class) > 0
				|| jdbc.queryForObject("select count(*) from report_recipient where report_id = ? and received_at is not null",
						Long.class, report()) != 1
				// LOG-1/2: no entry or review written by a probe, 李振华's entry unchanged and with its one attachment
				|| jdbc.queryForObject("select count(*) from worklog_entry where text = '越权日志'", Long.class) > 0
				|| jdbc.queryForObject("select count(*) from worklog_review where findings = '越权评阅'", Long.class) > 0
				|| jdbc.queryForObject("select count(*) from worklog_entry e where e.id = ? and e.version = 0 and "
						+ "(select count(*) from worklog_entry_attachment a where a.entry_id = e.id) = 1", Long.class,
						worklogEntry()) != 1
				// ASM-1..7: no assessment started, signed or returned by a probe
				|| jdbc.queryForObject("select count(*) from assessment_step where opinion = '越权意见'", Long.class) > 0
				|| jdbc.queryForObject("select count(*) from assessment_event where text = '越权退回'", Long.class) > 0
				|| jdbc.queryForObject("select count(*) from assessment where kind = 'ANNUAL' and person_id = ?", Long.class,
						t.person()) > 0
				// ATT-8: check-in stays off in 沙湖县 (the demo default)
				|| jdbc.queryForObject("select count(*) from checkin_county where county_node_id = ? and enabled",
						Long.class, t.county().getId()) > 0
				// SAT-1, BUR-3: no survey of 月牙湖乡 set up, closed, given codes or tallies by a probe
				|| !surveysOfTownship().equals(surveys);
		return new Snapshot(workRecords(), village.getName(), village.isActive(), village.getVersion(), unit.getName(), unit.isActive(),
				unit.getVersion(), office.isActive(), office.getVersion(), account.isEnabled(), account.getPasswordHash(),
				created);
	}

	/** A phrase of the demo quarterly report of 李振华 (REP-1), which only its own scope may read. */
	static final String REPORT_TEXT = "村集体经济合作社枸杞分红方案";

	/** The minutes of 月牙湖乡党委's demo hearing (REP-4). */
	static final String MEETING_MINUTES = "听取石嘴村第一书记10月工作汇报";

	private long report() {
		return jdbc.queryForObject("select id from report where body like ?", Long.class, "%" + REPORT_TEXT + "%");
	}

	/** The demo semi-annual report of 王秀英, uploaded as a PDF (REP-2). */
	private long reportWithDocument() {
		return jdbc.queryForObject("select id from report where document_id is not null and title = '2026年上半年驻村工作书面报告'",
				Long.class);
	}

	/** An upload that would pass the content check (REP-1, REP-4). */
	private static final MockMultipartFile PROBE_PDF = new MockMultipartFile("file", "越权.pdf", "application/pdf",
			"%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

	private long meeting() {
		return jdbc.queryForObject("select id from meeting where minutes like ?", Long.class, MEETING_MINUTES + "%");
	}

	/** The reason of the demo leave request of 李振华 (LEA-2), which only its own scope may read. */
	static final String LEAVE_REASON = "参加派出单位年度业务培训";

	private long leave() {
		return jdbc.queryForObject("select id from leave_request where reason like ?", Long.class, LEAVE_REASON + "%");
	}

	/** What only 李振华's scope may read of his work log (LOG-1/2): his first diary entry, its PDF, the review. */
	static final String WORKLOG_SECRET = "走访脱贫监测户马德福家";

	static final String WORKLOG_ATTACHMENT_SECRET = "MADEFU-VISIT-2026";

	static final String WORKLOG_REVIEW_SECRET = "建议进一步记录问题办理结果";

	private long worklogEntry() {
		return jdbc.queryForObject("select id from worklog_entry where text like ?", Long.class, WORKLOG_SECRET + "%");
	}

	/** A small PNG: a photo upload that would pass the content check (CON-1, PER-1). */
	private static final byte[] PNG = png();

	private static byte[] png() {
		try (var out = new ByteArrayOutputStream()) {
			javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB), "png",
					out);
			return out.toByteArray();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private OrgNode node(String code) {
		return nodes.findByCode(code).orElseThrow();
	}

	private DispatchingUnit unit(String code) {
		return units.findByCode(code).orElseThrow();
	}

	private static MockHttpServletRequestBuilder nodeForm(MockHttpServletRequestBuilder request, String name,
			String code, String parentCode) {
		return request.param("name", name).param("code", code).param("parentCode", parentCode);
	}

	private static MockHttpServletRequestBuilder unitForm(MockHttpServletRequestBuilder request, String name,
			String code, String ownerCode) {
		return request.param("name", name).param("code", code).param("type", "GOVERNMENT_DEPARTMENT")
			.param("ownerCode", ownerCode);
	}

	/** An .xlsx import file with one village row under the given parent. */
	private static MockMultipartFile importFile(String parentCode) {
		return xlsx("tree.xlsx", new String[][] { { "编码", "名称", "层级", "上级编码", "建档立卡贫困村", "党组织软弱涣散村", "纬度", "经度", "签到围栏半径（米）", "常住人口" },
				{ "69I0001", "越权导入村", "村", parentCode, "是", "否", "", "", "", "" } });
	}

	/** A roster file (PER-5) posting a fictional person of 沙湖县财政局 to the given village. */
	private static MockMultipartFile rosterFile(String villageCode) {
		String seventeen = "64990919800101001";
		String idNumber = seventeen + org.zhucun.personnel.ChineseIdNumber.checkCharacter(seventeen);
		return xlsx("roster.xlsx", new String[][] { { "姓名", "政治面貌", "工作单位及职务", "身份证号", "派出单位代码", "驻村代码", "驻村身份", "开始日期" },
				{ "越权导入人员", "中共党员", "科员", idNumber, "U641101-01", villageCode, "工作队队员", "2026-11-01" } });
	}

	/** An uploaded .xlsx whose first sheet holds these rows as text. */
	private static MockMultipartFile xlsx(String fileName, String[][] rows) {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet();
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(out);
			return new MockMultipartFile("file", fileName,
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static Probe list(String endpoint, Function<Targets, AbstractMockHttpServletRequestBuilder<?>> request, String secret) {
		return new Probe(endpoint, Kind.LIST, false, request, secret);
	}

	private static Probe target(String endpoint, Function<Targets, AbstractMockHttpServletRequestBuilder<?>> request, Object record) {
		return new Probe(endpoint, Kind.TARGET, false, request, nameOf(record));
	}

	private static Probe write(String endpoint, Function<Targets, AbstractMockHttpServletRequestBuilder<?>> request, Object record) {
		return new Probe(endpoint, Kind.WRITE, false, request, nameOf(record));
	}

	private static Probe slipped(String endpoint, Function<Targets, AbstractMockHttpServletRequestBuilder<?>> request,
			Object record) {
		return new Probe(endpoint, Kind.SLIPPED, false, request, nameOf(record));
	}

	private static Probe api(Probe probe) {
		return new Probe(probe.endpoint(), probe.kind(), true, probe.request(), probe.secret());
	}

	private static String nameOf(Object record) {
		if (record instanceof OrgNode n) {
			return n.getName();
		}
		if (record instanceof DispatchingUnit u) {
			return u.getName();
		}
		return record.toString();
	}

	private static List<String> concat(List<String> list, String one) {
		List<String> all = new ArrayList<>(list);
		all.add(one);
		return all;
	}

	enum Kind {

		/** A list or blank form: may answer, but must show nothing of the target. */
		LIST,
		/** A read of one record by its id: 403/404. */
		TARGET,
		/** A change of one record by its id: 403/404, and the record unchanged. */
		WRITE,
		/** A new record referring to a foreign one by a code in the form or body: refused, nothing created. */
		SLIPPED

	}

	record Probe(String endpoint, Kind kind, boolean api, Function<Targets, AbstractMockHttpServletRequestBuilder<?>> request,
			String secret) {
	}

	record Targets(OrgNode county, OrgNode township, OrgNode village, DispatchingUnit unit, long townshipOffice,
			long unitOffice, long account, long person, long posting) {
	}

	record Snapshot(long workRecords, String villageName, boolean villageActive, long villageVersion, String unitName, boolean unitActive,
			long unitVersion, boolean officeActive, long officeVersion, boolean accountEnabled, String accountPassword,
			boolean probeRecordCreated) {
	}

}
