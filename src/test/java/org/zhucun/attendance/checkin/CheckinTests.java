package org.zhucun.attendance.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhucun.DemoLogin;
import org.zhucun.IntegrationTest;
import org.zhucun.RunAs;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.VillageLocation;
import org.zhucun.scope.TestTokens;

/**
 * Phone check-in (ATT-8, BUR-2, SEC-5, SEC-9) against PostgreSQL with the demo data: cadre-wang is
 * 王建国, posted at 石嘴村 (641101001001, 500 m fence) in 沙湖县, where check-in is off by default.
 * Each test switches it on as 沙湖县委组织部 and off again, and removes 王建国's check-ins.
 */
@IntegrationTest
class CheckinTests {

	static final String SHAHU = "641101";

	static final double METRES_PER_DEGREE = Geofence.EARTH_RADIUS_METRES * Math.PI / 180;

	@Autowired
	MockMvc mvc;

	@Autowired
	CheckinService checkins;

	@Autowired
	CheckinPurge purge;

	@Autowired
	OrganisationDirectory organisation;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	RunAs runAs;

	VillageLocation shizui;

	long wang;

	String token;

	@BeforeEach
	void setUp() throws Exception {
		runAs = new RunAs(accounts);
		shizui = organisation.villageLocation(organisation.nodeIdByCode("641101001001").orElseThrow()).orElseThrow();
		wang = jdbc.queryForObject("select id from person where name = '王建国'", Long.class);
		token = TestTokens.of(mvc, "cadre-wang");
		switchShahu(true);
	}

	@AfterEach
	void cleanUp() {
		switchShahu(false);
		jdbc.update("delete from checkin where person_id = ?", wang);
	}

	@Test
	@DisplayName("ORG-2, ATT-8: the demo villages of 月牙湖乡 have a location and a 500 m fence")
	void demoVillagesHaveALocation() {
		assertThat(shizui.name()).isEqualTo("石嘴村");
		assertThat(shizui.geofenceRadiusMetres()).isEqualTo(500);
		for (String code : List.of("641101001001", "641101001002", "641101001003", "641101001004")) {
			assertThat(organisation.villageLocation(organisation.nodeIdByCode(code).orElseThrow())).as(code).isPresent();
		}
	}

	@Test
	@DisplayName("ATT-8, SEC-9: the same check-in submitted twice with one idempotency key is stored once")
	void retryIsStoredOnce() throws Exception {
		String key = UUID.randomUUID().toString();
		String body = body(100);
		var first = submit(key, body);
		assertThat(first.getStatus()).isEqualTo(201);
		assertThat(first.getContentAsString()).contains("\"accepted\":true").contains("\"distanceMetres\":100");
		var second = submit(key, body);
		assertThat(second.getStatus()).as("a retry").isEqualTo(200);
		assertThat(second.getHeader("Idempotent-Replayed")).isEqualTo("true");
		assertThat(id(second)).isEqualTo(id(first));
		assertThat(count("idempotency_key = '" + key + "'")).isEqualTo(1);
		var stored = jdbc.queryForMap("select day, accepted, distance_m, location, device_time, server_time "
				+ "from checkin where person_id = ? and idempotency_key = ?", wang, key);
		assertThat(stored.get("accepted")).isEqualTo(true);
		assertThat(stored.get("location").toString()).as("SEC-5: the location is encrypted at rest")
			.doesNotContain("38.78");
		assertThat(stored.get("device_time")).isNotNull();
	}

	@Test
	@DisplayName("ATT-8, SEC-9: two identical submissions at the same moment store one check-in")
	void concurrentRetriesStoreOne() throws Exception {
		String key = UUID.randomUUID().toString();
		CheckinCommand command = command(50);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<CheckinResult>> results = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return runAs.as("cadre-wang", () -> checkins.submit(key, command));
				}));
			}
			start.countDown();
			assertThat(results.get(0).get().checkin().getId()).isEqualTo(results.get(1).get().checkin().getId());
		}
		finally {
			pool.shutdown();
		}
		assertThat(count("idempotency_key = '" + key + "'")).isEqualTo(1);
	}

	@Test
	@DisplayName("ATT-8, SEC-9: the same idempotency key with a different payload is refused with 409, nothing more is stored")
	void keyReusedWithAnotherPayload() throws Exception {
		String key = UUID.randomUUID().toString();
		assertThat(submit(key, body(100)).getStatus()).isEqualTo(201);
		var refused = submit(key, body(200));
		assertThat(refused.getStatus()).isEqualTo(409);
		assertThat(refused.getContentAsString()).contains("该幂等键已用于另一次内容不同的签到");
		assertThat(count("idempotency_key = '" + key + "'")).isEqualTo(1);
	}

	@Test
	@DisplayName("ATT-8: 5 km from the village centre is refused with the distance; the attempt is kept for the audit, not accepted")
	void fiveKilometresOutside() throws Exception {
		String key = UUID.randomUUID().toString();
		var refused = submit(key, body(5000));
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString()).contains("您距石嘴村中心 5000 米，超出 500 米的签到范围");
		assertThat(count("idempotency_key = '" + key + "' and not accepted and distance_m = 5000")).isEqualTo(1);
		assertThat(count("accepted")).isZero();
	}

	@Test
	@DisplayName("ATT-8, BUR-2: where the county has check-in off, a check-in is refused with a clear message and nothing is stored")
	void countySwitchedOff() throws Exception {
		switchShahu(false);
		var refused = submit(UUID.randomUUID().toString(), body(100));
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString()).contains("本县未开启手机签到");
		assertThat(count("true")).isZero();
		String page = mvc.perform(get("/attendance/checkin").cookie(DemoLogin.as(mvc, "cadre-wang")))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("本县未开启手机签到").doesNotContain("id=\"checkin-button\"");
	}

	@Test
	@DisplayName("ATT-8: a check-in without an idempotency key, or without a location, is refused with 400")
	void incompleteRequests() throws Exception {
		var noKey = mvc.perform(post("/api/v1/attendance/checkins").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content(body(100))).andReturn().getResponse();
		assertThat(noKey.getStatus()).isEqualTo(400);
		assertThat(noKey.getContentAsString()).contains("幂等键");
		var noLocation = submit(UUID.randomUUID().toString(), "{\"deviceTime\":\"2026-12-03T01:00:00Z\"}");
		assertThat(noLocation.getStatus()).isEqualTo(400);
		assertThat(count("true")).isZero();
	}

	@Test
	@DisplayName("ATT-8: the phone page checks in through the page endpoint with the CSRF token and shows the check-in")
	void phonePage() throws Exception {
		var session = DemoLogin.as(mvc, "cadre-wang");
		String page = mvc.perform(get("/attendance/checkin").cookie(session)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"checkin-button\"").contains("/js/checkin.js").doesNotContain("<script>");
		var reply = mvc.perform(post("/attendance/checkin").cookie(session).with(csrf())
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.param("latitude", String.valueOf(shizui.latitude() + 30 / METRES_PER_DEGREE))
			.param("longitude", String.valueOf(shizui.longitude())).param("accuracyMetres", "15")
			.param("deviceTime", Instant.now().toString())).andReturn().getResponse();
		assertThat(reply.getStatus()).isEqualTo(201);
		assertThat(reply.getContentAsString()).contains("\"accepted\":true").contains("签到成功：石嘴村");
		page = mvc.perform(get("/attendance/checkin").cookie(session)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"checkin-today\"").contains("距村中心 30 米");
	}

	@Test
	@DisplayName("ATT-8, ATT-9, BUR-2: the register marks a day with an accepted check-in and leaves its status as it was")
	void registerMarksTheDay() throws Exception {
		LocalDate day = LocalDate.of(2026, 11, 10);
		var yueyahu = DemoLogin.as(mvc, "yueyahu-xz");
		String before = cell(mvc.perform(get("/attendance/register").param("township", "641101001").param("month", "2026-11")
			.cookie(yueyahu)).andReturn().getResponse().getContentAsString(), day);
		assertThat(before).doesNotContain("已签到");
		insertAccepted(day, Instant.parse("2026-11-10T01:00:00Z"));
		String after = cell(mvc.perform(get("/attendance/register").param("township", "641101001").param("month", "2026-11")
			.cookie(yueyahu)).andReturn().getResponse().getContentAsString(), day);
		assertThat(after).contains("id=\"checkin-" + wang + "-" + day + "\"").contains("已签到");
		assertThat(after.replaceAll("(?s)<span[^>]*checkin-mark.*?</span>", ""))
			.as("the status code and colour do not change").isEqualTo(before);
	}

	@Test
	@DisplayName("SEC-5, ATT-8: after the retention period the location and distance are purged; the day and the accepted flag stay")
	void purgeKeepsTheDay() throws Exception {
		String key = UUID.randomUUID().toString();
		var response = submit(key, body(100));
		assertThat(response.getStatus()).isEqualTo(201);
		LocalDate day = jdbc.queryForObject("select day from checkin where idempotency_key = ?", LocalDate.class, key);
		Instant received = jdbc.queryForObject("select server_time from checkin where idempotency_key = ?",
				java.sql.Timestamp.class, key).toInstant();

		assertThat(purge.purge(received.plus(89, ChronoUnit.DAYS))).as("within the 90 days: kept").isZero();
		assertThat(purge.purge(received.plus(91, ChronoUnit.DAYS))).isPositive();

		var row = jdbc.queryForMap("select day, accepted, location, accuracy_m, distance_m, location_purged_at "
				+ "from checkin where idempotency_key = ?", key);
		assertThat(row.get("location")).isNull();
		assertThat(row.get("accuracy_m")).isNull();
		assertThat(row.get("distance_m")).isNull();
		assertThat(row.get("location_purged_at")).isNotNull();
		assertThat(row.get("accepted")).isEqualTo(true);
		assertThat(checkins.acceptedDays(Set.of(wang), day, day).has(wang, day)).as("the day's status stays").isTrue();
		var retry = submit(key, body(100));
		assertThat(retry.getStatus()).as("a late retry is still answered from the store").isEqualTo(200);
		assertThat(retry.getContentAsString()).contains("\"locationPurged\":true").contains("\"latitude\":null");
		assertThat(purge.purge(received.plus(92, ChronoUnit.DAYS))).as("idempotent").isZero();
	}

	@Test
	@DisplayName("ATT-8, BUR-2, ORG-5: 沙湖县委组织部 switches check-in for 沙湖县 by API; the cadre cannot switch it")
	void switchByApi() throws Exception {
		String zzb = TestTokens.of(mvc, "shahu-zzb");
		var off = mvc.perform(put("/api/v1/attendance/checkin/counties/" + SHAHU).header("Authorization", "Bearer " + zzb)
			.contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":false}")).andReturn().getResponse();
		assertThat(off.getStatus()).isEqualTo(200);
		assertThat(off.getContentAsString()).contains("\"enabled\":false").contains("沙湖县");
		String list = mvc.perform(get("/api/v1/attendance/checkin/counties").header("Authorization", "Bearer " + zzb))
			.andReturn().getResponse().getContentAsString();
		assertThat(list).contains("沙湖县").doesNotContain("黄河县");
		assertThat(mvc.perform(put("/api/v1/attendance/checkin/counties/" + SHAHU).header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":true}")).andReturn().getResponse().getStatus())
			.isEqualTo(403);
	}

	private void switchShahu(boolean enabled) {
		runAs.run("shahu-zzb", () -> checkins.switchCounty(SHAHU, enabled));
	}

	private MockHttpServletResponse submit(String key, String body) throws Exception {
		return mvc.perform(post("/api/v1/attendance/checkins").header("Authorization", "Bearer " + token)
			.header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
	}

	/** A check-in this many metres north of 石嘴村's centre, with a fixed device time. */
	private String body(int metresNorth) {
		CheckinCommand c = command(metresNorth);
		return "{\"latitude\":" + c.latitude() + ",\"longitude\":" + c.longitude() + ",\"accuracyMetres\":12,"
				+ "\"deviceTime\":\"" + c.deviceTime() + "\"}";
	}

	private CheckinCommand command(int metresNorth) {
		return new CheckinCommand(BigDecimal.valueOf(shizui.latitude() + metresNorth / METRES_PER_DEGREE),
				BigDecimal.valueOf(shizui.longitude()), BigDecimal.valueOf(12), Instant.parse("2026-12-03T01:00:00Z"));
	}

	private long count(String condition) {
		return jdbc.queryForObject("select count(*) from checkin where person_id = ? and " + condition, Long.class, wang);
	}

	private static long id(MockHttpServletResponse response) throws Exception {
		var m = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(response.getContentAsString());
		assertThat(m.find()).isTrue();
		return Long.parseLong(m.group(1));
	}

	private void insertAccepted(LocalDate day, Instant at) {
		jdbc.update("insert into checkin (id, person_id, village_node_id, township_node_id, day, server_time, device_time, "
				+ "radius_m, accepted, idempotency_key, payload_hash, location_purged_at) values (nextval('checkin_seq'), ?, "
				+ "?, (select parent_id from org_node where id = ?), ?, ?, ?, 500, true, ?, 'test', ?)", wang,
				shizui.villageNodeId(), shizui.villageNodeId(), day, java.sql.Timestamp.from(at), java.sql.Timestamp.from(at),
				UUID.randomUUID().toString(), java.sql.Timestamp.from(at));
	}

	/** The register's cell of 王建国 on a day, as HTML. */
	private String cell(String page, LocalDate day) {
		int row = page.indexOf("id=\"row-" + wang + "\"");
		assertThat(row).as("王建国's line").isPositive();
		int start = page.lastIndexOf("<td", page.indexOf("id=\"cell-" + wang + "-" + day + "\"", row));
		return page.substring(start, page.indexOf("</td>", start));
	}

}
