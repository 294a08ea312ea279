package org.zhucun.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhucun.ZhucunApplication;
import org.zhucun.assessment.chain.AnnualProposals;
import org.zhucun.attendance.DayStatus;
import org.zhucun.attendance.register.AttendanceRegisterService;
import org.zhucun.attendance.register.DayEntryCommand;
import org.zhucun.attendance.register.PresenceCommand;
import org.zhucun.attendance.register.PresenceKind;
import org.zhucun.calendar.WorkingDayCalendar;
import org.zhucun.common.scope.DataScope;
import org.zhucun.common.scope.SystemContext;
import org.zhucun.organisation.NodeLevel;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.PlaceSummary;
import org.zhucun.organisation.UnitSummary;
import org.zhucun.personnel.AssignmentRole;
import org.zhucun.personnel.ChineseIdNumber;
import org.zhucun.personnel.PoliticalStatus;
import org.zhucun.personnel.assignment.AssignmentCommand;
import org.zhucun.personnel.assignment.AssignmentService;
import org.zhucun.personnel.person.PersonCommand;
import org.zhucun.personnel.person.PersonService;
import org.zhucun.scoring.ScoringSheets;
import org.zhucun.survey.internal.RaterGroup;
import org.zhucun.survey.internal.SurveyService;

/**
 * The benchmark of the annual computation (ASM-2, SCO-A1..A3; not a test, run by bench/annual.sh):
 * starts the application with the demo data on a fresh embedded PostgreSQL, posts
 * {@code bench.people} (10 000) more people across every flagged village of the demo region for the
 * last full year, with a year of records — arrival registrations (so every working day counts in the
 * register), three days of unexcused absence for one in ten, the year's satisfaction surveys with a
 * paper tally each, and four completed quarterly grades each — then measures, after a warm-up:
 * (1) every person's sheet ({@code ScoringSheets.ofPeople}), (2) every team's sheet, (3) the grade
 * proposals of the whole region ({@code AnnualProposals.ofYear}: sheets, quarterly grades, the rules'
 * ceilings and the duties' share). Prints a table.
 */
public final class AnnualAssessmentBenchmark {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final int people = Integer.getInteger("bench.people", 10_000);

	private final int rounds = Integer.getInteger("bench.rounds", 3);

	private final int year = LocalDate.now(CHINA).getYear() - 1;

	private final List<String[]> table = new ArrayList<>();

	private ConfigurableApplicationContext context;

	public static void main(String[] args) {
		new AnnualAssessmentBenchmark().run();
	}

	private void run() {
		Map<String, String> properties = Map.of("server.port", "0", "zhucun.db.embedded.data-dir",
				"target/bench-annual-postgres", "zhucun.db.embedded.clean", "true", "zhucun.crypto.key-file",
				"target/bench-annual.key", "logging.level.root", "WARN", "spring.main.banner-mode", "off");
		properties.forEach((key, value) -> {
			if (System.getProperty(key) == null) {
				System.setProperty(key, value);
			}
		});
		long started = System.nanoTime();
		context = new SpringApplicationBuilder(ZhucunApplication.class).profiles("demo").run();
		try {
			System.out.printf(Locale.ROOT, "application started with the demo data in %.1f s%n", seconds(started));
			long loading = System.nanoTime();
			List<Long> posted = load();
			System.out.printf(Locale.ROOT, "posted %d people for %d with arrivals in %.1f s%n", posted.size(), year,
					seconds(loading));
			long records = System.nanoTime();
			absences(posted);
			int surveys = surveys();
			int grades = quarterlyGrades();
			System.out.printf(Locale.ROOT, "records: absences, %d surveys with tallies, %d quarterly grades in %.1f s%n",
					surveys, grades, seconds(records));
			measure();
			print();
		}
		finally {
			context.close();
		}
	}

	/** Posts the people across every flagged village of the region from the year's first working day. */
	private List<Long> load() {
		PersonService persons = context.getBean(PersonService.class);
		AssignmentService assignments = context.getBean(AssignmentService.class);
		AttendanceRegisterService registers = context.getBean(AttendanceRegisterService.class);
		OrganisationDirectory organisation = context.getBean(OrganisationDirectory.class);
		List<String> villages = organisation.placesWithin(DataScope.everything(), NodeLevel.VILLAGE)
			.stream()
			.filter(v -> organisation.villageByCode(v.code()).orElseThrow().receivesPersonnel())
			.map(PlaceSummary::code)
			.toList();
		List<String> units = organisation.unitsWithin(DataScope.everything()).stream().map(UnitSummary::code).toList();
		LocalDate start = firstWorkingDay(villages.get(0), organisation);
		return SystemContext.call("benchmark-load", () -> {
			List<Long> ids = new ArrayList<>(people);
			for (int i = 0; i < people; i++) {
				LocalDate born = LocalDate.of(1970 + i % 30, 1 + i % 12, 1 + i % 28);
				String seventeen = "641101" + born.format(DateTimeFormatter.BASIC_ISO_DATE)
						+ String.format(Locale.ROOT, "%03d", i / 420);
				String id = seventeen + ChineseIdNumber.checkCharacter(seventeen);
				long person = persons.create(new PersonCommand("年度压测" + (i + 1), id, PoliticalStatus.PARTY_MEMBER,
						"派出单位干部", units.get(i % units.size()), String.format(Locale.ROOT, "138%08d", i), i % 3 == 0))
					.getId();
				String village = villages.get(i % villages.size());
				assignments.assign(person, new AssignmentCommand(village, AssignmentRole.TEAM_MEMBER, false, start, null));
				registers.enterPresenceFor(village.substring(0, 9),
						new PresenceCommand(person, PresenceKind.ARRIVAL, start, "压测报到"));
				ids.add(person);
				if ((i + 1) % 1000 == 0) {
					System.out.printf(Locale.ROOT, "  %d posted%n", i + 1);
				}
			}
			return ids;
		});
	}

	private LocalDate firstWorkingDay(String villageCode, OrganisationDirectory organisation) {
		WorkingDayCalendar calendar = context.getBean(WorkingDayCalendar.class);
		long village = organisation.nodeIdByCode(villageCode).orElseThrow();
		LocalDate day = LocalDate.of(year, 1, 1);
		while (!calendar.isWorkingDay(day, village)) {
			day = day.plusDays(1);
		}
		return day;
	}

	/** One person in ten was absent without excuse on three working days of March (Annex 2/3 attendance). */
	private void absences(List<Long> posted) {
		AttendanceRegisterService registers = context.getBean(AttendanceRegisterService.class);
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		SystemContext.run("benchmark-absences", () -> {
			for (int i = 0; i < posted.size(); i += 10) {
				long person = posted.get(i);
				String township = jdbc.queryForObject("select t.code from assignment a join org_node v on v.id = "
						+ "a.village_node_id join org_node t on t.id = v.parent_id where a.person_id = ?", String.class, person);
				for (LocalDate day : List.of(LocalDate.of(year, 3, 10), LocalDate.of(year, 3, 11), LocalDate.of(year, 3, 12))) {
					registers.enter(township, new DayEntryCommand(person, day, DayStatus.ABSENT, "压测缺勤", false, null));
				}
			}
		});
	}

	/** The year's surveys for everyone and every team, each with a paper tally of 35 representatives. */
	private int surveys() {
		SurveyService surveys = context.getBean(SurveyService.class);
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		return SystemContext.call("benchmark-surveys", () -> {
			surveys.setUpYear(year);
			List<Long> ids = jdbc.queryForList("select id from survey where survey_year = ?", Long.class, year);
			for (long id : ids) {
				surveys.enterTally(id, RaterGroup.VILLAGER_REPRESENTATIVES, 28, 5, 2);
			}
			return ids.size();
		});
	}

	/**
	 * Four completed quarterly grades per posted person, written straight into the table (set-up, not
	 * what is measured): one in five quarters 优秀, the rest 称职.
	 */
	private int quarterlyGrades() {
		return context.getBean(JdbcTemplate.class).update("insert into assessment (id, kind, period_year, quarter, "
				+ "person_id, person_name, civil_servant, village_node_id, village_name, township_node_id, county_node_id, "
				+ "unit_id, grade, complete, completed_on, started_by, created_at, updated_at) "
				+ "select nextval('assessment_seq'), 'QUARTERLY', ?, q, p.id, p.name, p.civil_servant, v.id, v.name, t.id, "
				+ "t.parent_id, a.unit_id, case when (p.id + q) % 5 = 0 then 'EXCELLENT' else 'COMPETENT' end, true, "
				+ "make_date(?, q * 3, 28), 'benchmark', now(), now() from assignment a join person p on p.id = a.person_id "
				+ "join org_node v on v.id = a.village_node_id join org_node t on t.id = v.parent_id "
				+ "cross join generate_series(1, 4) q where p.name like '年度压测%'", year, year);
	}

	private void measure() {
		ScoringSheets sheets = context.getBean(ScoringSheets.class);
		AnnualProposals proposals = context.getBean(AnnualProposals.class);
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		List<Long> everyone = jdbc.queryForList("select distinct person_id from assignment where start_date <= ? "
				+ "and (ended_on is null or ended_on >= ?)", Long.class, LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1));
		List<Long> villages = jdbc.queryForList("select distinct village_node_id from assignment where start_date <= ? "
				+ "and (ended_on is null or ended_on >= ?)", Long.class, LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1));
		List<Long> personSheets = new ArrayList<>();
		List<Long> teamSheets = new ArrayList<>();
		List<Long> annual = new ArrayList<>();
		int[] proposed = new int[1];
		for (int round = 0; round < rounds + 1; round++) {
			long a = System.nanoTime();
			int filled = SystemContext.call("benchmark", () -> sheets.ofPeople(everyone, year).size());
			long b = System.nanoTime();
			SystemContext.run("benchmark", () -> sheets.ofTeams(villages, year));
			long c = System.nanoTime();
			proposed[0] = SystemContext.call("benchmark", () -> proposals.ofYear(year).size());
			long d = System.nanoTime();
			System.out.printf(Locale.ROOT, "  round %d: %d sheets %.1f s, %d team sheets %.1f s, %d proposals %.1f s%n",
					round, filled, (b - a) / 1e9, villages.size(), (c - b) / 1e9, proposed[0], (d - c) / 1e9);
			if (round > 0) {
				personSheets.add(b - a);
				teamSheets.add(c - b);
				annual.add(d - c);
			}
		}
		row("person sheets (Annex 2/3), ScoringSheets.ofPeople", everyone.size() + " people", personSheets);
		row("team sheets (Annex 1), ScoringSheets.ofTeams", villages.size() + " teams", teamSheets);
		row("grade proposals of the region, AnnualProposals.ofYear", proposed[0] + " people", annual);
	}

	private void row(String what, String size, List<Long> samples) {
		List<Long> sorted = new ArrayList<>(samples);
		Collections.sort(sorted);
		table.add(new String[] { what, size, String.valueOf(sorted.size()), s(sorted.get(0)),
				s(sorted.get(sorted.size() / 2)), s(sorted.get(sorted.size() - 1)) });
	}

	private void print() {
		System.out.println();
		System.out.printf(Locale.ROOT, "Zhucun annual computation — %d more people, year %d, %d CPUs, Java %s, max heap %d MB%n",
				people, year, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() / (1024 * 1024));
		System.out.println("| measured | size | n | min s | median s | max s |");
		System.out.println("|---|---|---:|---:|---:|---:|");
		for (String[] r : table) {
			System.out.println("| " + String.join(" | ", r) + " |");
		}
	}

	private static String s(long nanos) {
		return String.format(Locale.ROOT, "%.2f", nanos / 1e9);
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

}
