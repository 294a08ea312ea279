package org.zhucun.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhucun.ZhucunApplication;
import org.zhucun.attendance.DayStatus;
import org.zhucun.attendance.checkin.CheckinService;
import org.zhucun.attendance.register.AttendanceFigures;
import org.zhucun.attendance.register.AttendanceRegisterService;
import org.zhucun.attendance.register.DayEntryCommand;
import org.zhucun.attendance.register.PresenceCommand;
import org.zhucun.attendance.register.PresenceKind;
import org.zhucun.attendance.register.Register;
import org.zhucun.attendance.register.RegisterRow;
import org.zhucun.common.scope.SystemContext;
import org.zhucun.organisation.NodeLevel;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.PlaceSummary;
import org.zhucun.organisation.VillageLocation;
import org.zhucun.common.scope.DataScope;
import org.zhucun.personnel.AssignmentRole;
import org.zhucun.personnel.ChineseIdNumber;
import org.zhucun.personnel.PoliticalStatus;
import org.zhucun.personnel.assignment.AssignmentCommand;
import org.zhucun.personnel.assignment.AssignmentService;
import org.zhucun.personnel.person.PersonCommand;
import org.zhucun.personnel.person.PersonService;

/**
 * The benchmark of ATT-8/ATT-9 (not a test; run by bench/run.sh, never by {@code ./mvnw verify}):
 * starts the application with the demo data on a fresh embedded PostgreSQL, posts {@code bench.people}
 * (500) more people across the flagged villages of 沙湖县 through the personnel services, then
 * measures (1) building the monthly register of every township of the county and its figures, in the
 * service and over the JSON API, (2) confirming the month of every township, for three past months,
 * and (3) check-in ingestion over HTTP with {@code bench.clients} concurrent clients, one in ten
 * requests a retry of the one before (same key and payload). Prints a table.
 */
public final class ZhucunBenchmark {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final String COUNTY = "641101";

	private static final String PASSWORD = "Zhucun@2026";

	private static final double METRES_PER_DEGREE = 6_371_008.8 * Math.PI / 180;

	private final int people = Integer.getInteger("bench.people", 500);

	private final int clients = Integer.getInteger("bench.clients", 8);

	private final int requests = Integer.getInteger("bench.requests", 2000);

	private final int rounds = Integer.getInteger("bench.rounds", 10);

	private final List<String[]> table = new ArrayList<>();

	private ConfigurableApplicationContext context;

	private String base;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10)).build();

	public static void main(String[] args) throws Exception {
		new ZhucunBenchmark().run();
	}

	private void run() throws Exception {
		// system properties outrank application.yml (its server.port is ${ZHUCUN_PORT:8080})
		Map<String, String> properties = Map.of("server.port", System.getProperty("bench.port", "0"),
				"zhucun.db.embedded.data-dir", "target/bench-postgres", "zhucun.db.embedded.clean", "true",
				"zhucun.crypto.key-file", "target/bench-data.key", "logging.level.root", "WARN",
				"spring.main.banner-mode", "off");
		properties.forEach((key, value) -> {
			if (System.getProperty(key) == null) {
				System.setProperty(key, value);
			}
		});
		long started = System.nanoTime();
		context = new SpringApplicationBuilder(ZhucunApplication.class).profiles("demo").run();
		try {
			base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
			System.out.printf(Locale.ROOT, "application started with the demo data in %.1f s%n", seconds(started));
			YearMonth current = YearMonth.now(CHINA);
			List<YearMonth> months = List.of(current.minusMonths(1), current.minusMonths(2), current.minusMonths(3));
			long loaded = System.nanoTime();
			int posted = load(months.get(2).atDay(1));
			System.out.printf(Locale.ROOT, "posted %d more people in %s in %.1f s%n", posted, COUNTY, seconds(loaded));
			List<PlaceSummary> townships = townships();
			fillGaps(townships, months);
			registers(townships, months.get(0));
			confirmations(townships, months);
			reports(months);
			checkins();
			print();
		}
		finally {
			context.close();
		}
	}

	/** Posts the people across the county's flagged villages and registers their arrival, as the system. */
	private int load(LocalDate start) {
		PersonService persons = context.getBean(PersonService.class);
		AssignmentService assignments = context.getBean(AssignmentService.class);
		AttendanceRegisterService registers = context.getBean(AttendanceRegisterService.class);
		OrganisationDirectory organisation = context.getBean(OrganisationDirectory.class);
		List<String> villages = organisation.placesWithin(DataScope.everything(), NodeLevel.VILLAGE).stream()
			.filter(v -> v.code().startsWith(COUNTY))
			.filter(v -> organisation.villageByCode(v.code()).orElseThrow().receivesPersonnel())
			.map(PlaceSummary::code)
			.toList();
		return SystemContext.call("benchmark-load", () -> {
			for (int i = 0; i < people; i++) {
				LocalDate born = LocalDate.of(1970 + i % 30, 1 + i % 12, 1 + i % 28);
				String seventeen = COUNTY + born.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
						+ String.format("%03d", i % 1000);
				String id = seventeen + ChineseIdNumber.checkCharacter(seventeen);
				long person = persons.create(new PersonCommand("压测人员" + (i + 1), id, PoliticalStatus.PARTY_MEMBER,
						"派出单位干部", i % 2 == 0 ? "U641101-01" : "U641101-02", String.format("139%08d", i), true)).getId();
				String village = villages.get(i % villages.size());
				assignments.assign(person, new AssignmentCommand(village, AssignmentRole.TEAM_MEMBER, false, start, null));
				registers.enterPresenceFor(village.substring(0, 9),
						new PresenceCommand(person, PresenceKind.ARRIVAL, start, "压测报到"));
			}
			return people;
		});
	}

	private List<PlaceSummary> townships() {
		return context.getBean(OrganisationDirectory.class).placesWithin(DataScope.everything(), NodeLevel.TOWNSHIP)
			.stream().filter(t -> t.code().startsWith(COUNTY)).toList();
	}

	/**
	 * Demo people without registrations (a posting ended before today) leave unregistered days, which
	 * block the confirmation: the clerk enters them as official travel (setup, not measured).
	 */
	private void fillGaps(List<PlaceSummary> townships, List<YearMonth> months) {
		AttendanceRegisterService registers = context.getBean(AttendanceRegisterService.class);
		SystemContext.run("benchmark-gaps", () -> {
			for (PlaceSummary township : townships) {
				for (YearMonth month : months) {
					for (RegisterRow row : registers.register(township.code(), month).rowsWithUnregisteredDays()) {
						row.cells().forEach((day, cell) -> {
							if (cell.status() == DayStatus.UNREGISTERED) {
								registers.enter(township.code(), new DayEntryCommand(row.personId(), day,
										DayStatus.OFFICIAL_TRAVEL, "压测补登", false, null));
							}
						});
					}
				}
			}
		});
	}

	/** The register (and its figures) of every township for a month: in the service, then over the API. */
	private void registers(List<PlaceSummary> townships, YearMonth month) throws Exception {
		AttendanceRegisterService registers = context.getBean(AttendanceRegisterService.class);
		CheckinService checkins = context.getBean(CheckinService.class);
		int rows = SystemContext.call("benchmark", () -> townships.stream()
			.mapToInt(t -> registers.register(t.code(), month).rows().size()).sum());
		List<Long> county = new ArrayList<>();
		List<Long> perTownship = new ArrayList<>();
		for (int round = 0; round < rounds + 3; round++) {
			long start = System.nanoTime();
			SystemContext.run("benchmark", () -> {
				for (PlaceSummary t : townships) {
					long one = System.nanoTime();
					Register register = registers.register(t.code(), month);
					checkins.acceptedDays(register.rows().stream().map(RegisterRow::personId).toList(), month.atDay(1),
							month.atEndOfMonth());
					perTownship.add(System.nanoTime() - one);
				}
			});
			county.add(System.nanoTime() - start);
		}
		// the first three rounds warm the JIT and the caches up
		add("register + figures, one township (service)", rows / townships.size() + " people avg", skip(perTownship, 3 * townships.size()));
		add("register + figures, whole county (service)", rows + " people, " + townships.size() + " townships", skip(county, 3));
		String token = token("shahu-zzb");
		List<Long> api = new ArrayList<>();
		for (int round = 0; round < rounds + 3; round++) {
			long start = System.nanoTime();
			for (PlaceSummary t : townships) {
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base
						+ "/api/v1/attendance/register?township=" + t.code() + "&month=" + month))
					.header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
				check(response, 200);
			}
			api.add(System.nanoTime() - start);
		}
		add("monthly figures of the county over the JSON API", townships.size() + " GET /api/v1/attendance/register", skip(api, 3));
	}

	/** Confirms every township's month, for each month (each month can be confirmed once). */
	private void confirmations(List<PlaceSummary> townships, List<YearMonth> months) {
		AttendanceRegisterService registers = context.getBean(AttendanceRegisterService.class);
		List<Long> times = new ArrayList<>();
		for (YearMonth month : months) {
			for (PlaceSummary t : townships) {
				long start = System.nanoTime();
				SystemContext.run("benchmark", () -> registers.confirm(t.code(), month));
				times.add(System.nanoTime() - start);
			}
		}
		add("confirm a township's month (stores every day)", townships.size() + " townships x " + months.size() + " months",
				times);
	}

	/**
	 * The county's attendance report (ATT-7) over the three measured months and over the whole year
	 * with the work teams (ATT-5), added up from every township's monthly registers.
	 */
	private void reports(List<YearMonth> months) {
		AttendanceFigures figures = context.getBean(AttendanceFigures.class);
		for (String label : List.of("quarter", "year")) {
			List<Long> times = new ArrayList<>();
			int[] lines = new int[1];
			for (int i = 0; i < 3 + rounds; i++) {
				long start = System.nanoTime();
				var report = SystemContext.call("benchmark", () -> figures.report(COUNTY,
						label.equals("year") ? String.valueOf(months.get(0).getYear())
								: quarterOf(months.get(0))));
				times.add(System.nanoTime() - start);
				lines[0] = report.people().size();
			}
			add("county attendance report, " + label + (label.equals("year") ? " with work teams" : ""),
					lines[0] + " people", skip(times, 3));
		}
	}

	/** Check-in ingestion over HTTP: concurrent clients, one request in ten a retry of the one before. */
	private void checkins() throws Exception {
		CheckinService checkins = context.getBean(CheckinService.class);
		// the county's organisation department switches check-in on
		org.springframework.security.core.userdetails.UserDetails zzb = context
			.getBean(org.springframework.security.core.userdetails.UserDetailsService.class).loadUserByUsername("shahu-zzb");
		var security = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
		security.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
			.authenticated(zzb, null, zzb.getAuthorities()));
		org.springframework.security.core.context.SecurityContextHolder.setContext(security);
		try {
			checkins.switchCounty(COUNTY, true);
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
		OrganisationDirectory organisation = context.getBean(OrganisationDirectory.class);
		VillageLocation shizui = organisation.villageLocation(organisation.nodeIdByCode("641101001001").orElseThrow())
			.orElseThrow();
		String token = token("cadre-wang");
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		long before = jdbc.queryForObject("select count(*) from checkin", Long.class);
		ingest(token, shizui, Math.min(200, requests), clients); // warm-up
		long stored0 = jdbc.queryForObject("select count(*) from checkin", Long.class);
		System.out.printf(Locale.ROOT, "(%d warm-up check-ins)%n", stored0 - before);
		for (int threads : new int[] { 1, clients }) {
			int count = threads == 1 ? Math.max(10, requests / 4) : requests;
			long from = jdbc.queryForObject("select count(*) from checkin", Long.class);
			AtomicInteger replays = new AtomicInteger();
			long start = System.nanoTime();
			List<Long> latencies = ingest(token, shizui, count, threads, replays);
			double elapsed = seconds(start);
			long stored = jdbc.queryForObject("select count(*) from checkin", Long.class) - from;
			add(String.format(Locale.ROOT, "check-in POST over HTTP, %d client%s", threads, threads == 1 ? "" : "s"),
					String.format(Locale.ROOT, "%d requests (%d retries), %d stored, %.0f req/s", count, replays.get(),
							stored, count / elapsed),
					latencies);
			if (stored != count - replays.get()) {
				throw new IllegalStateException("stored " + stored + " check-ins for " + (count - replays.get()) + " keys");
			}
		}
	}

	private List<Long> ingest(String token, VillageLocation village, int count, int threads) throws Exception {
		return ingest(token, village, count, threads, new AtomicInteger());
	}

	private List<Long> ingest(String token, VillageLocation village, int count, int threads, AtomicInteger replays)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int c = 0; c < threads; c++) {
				int share = count / threads + (c < count % threads ? 1 : 0);
				done.add(pool.submit(() -> {
					String key = null;
					String body = null;
					for (int i = 0; i < share; i++) {
						boolean replay = key != null && i % 10 == 9;
						if (!replay) {
							key = UUID.randomUUID().toString();
							double north = ThreadLocalRandom.current().nextDouble(-300, 300) / METRES_PER_DEGREE;
							body = String.format(Locale.ROOT, "{\"latitude\":%.7f,\"longitude\":%.7f,\"accuracyMetres\":15,"
									+ "\"deviceTime\":\"%s\"}", village.latitude() + north, village.longitude(),
									java.time.Instant.now());
						}
						else {
							replays.incrementAndGet();
						}
						long t = System.nanoTime();
						HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base
								+ "/api/v1/attendance/checkins"))
							.header("Authorization", "Bearer " + token).header("Idempotency-Key", key)
							.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
							.build(), HttpResponse.BodyHandlers.ofString());
						latencies.add(System.nanoTime() - t);
						check(response, replay ? 200 : 201);
					}
					return null;
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		return latencies;
	}

	private String token(String user) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + PASSWORD + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		var m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
		if (!m.find()) {
			throw new IllegalStateException("no token for " + user + ": " + response.body());
		}
		return m.group(1);
	}

	private static void check(HttpResponse<String> response, int expected) {
		if (response.statusCode() != expected) {
			throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode()
					+ " instead of " + expected + ": " + response.body());
		}
	}

	/** The label of the quarter holding a month, as the report takes it (2026-Q4). */
	private static String quarterOf(YearMonth month) {
		return month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
	}

	private static List<Long> skip(List<Long> samples, int warmUp) {
		return samples.subList(Math.min(warmUp, samples.size()), samples.size());
	}

	private void add(String what, String size, List<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		table.add(new String[] { what, size, String.valueOf(sorted.size()), ms(sorted.get(0)), ms(percentile(sorted, 50)),
				ms(percentile(sorted, 95)), ms(sorted.get(sorted.size() - 1)) });
	}

	private static long percentile(List<Long> sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	private void print() {
		System.out.println();
		System.out.printf(Locale.ROOT, "Zhucun benchmark — %d more people in 沙湖县, %d CPUs, Java %s%n", people,
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
		System.out.println("| measured | size | n | min ms | median ms | p95 ms | max ms |");
		System.out.println("|---|---|---:|---:|---:|---:|---:|");
		for (String[] row : table) {
			System.out.println("| " + String.join(" | ", row) + " |");
		}
	}

	private static String ms(long nanos) {
		return String.format(Locale.ROOT, "%.1f", nanos / 1_000_000.0);
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

}
