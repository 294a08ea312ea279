package org.zhucun.personnel.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhucun.common.scope.SystemContext;
import org.zhucun.identity.CadreAccounts;
import org.zhucun.personnel.ChineseIdNumber;
import org.zhucun.personnel.AssignmentRole;
import org.zhucun.personnel.PoliticalStatus;
import org.zhucun.personnel.assignment.AssignmentCommand;
import org.zhucun.personnel.assignment.AssignmentService;
import org.zhucun.personnel.assignment.WithdrawalCommand;
import org.zhucun.personnel.person.PersonCommand;
import org.zhucun.personnel.person.PersonFilter;
import org.zhucun.personnel.person.PersonService;

/**
 * Demo profile only: about 120 fictional cadres. A hand-made dozen (the tests name them) posted to
 * a few villages, with one replacement in the history and one still open, and the demo cadre's
 * account linked to 王建国; then work teams of 3 to 5 for the other flagged villages
 * ({@link DemoTeams}).
 */
@Component
@Profile("demo")
@Order(3)
class DemoPersonnelSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPersonnelSeeder.class);

	private static final List<String> NAMES = List.of("李振华", "王秀英", "张建军", "刘玉兰", "陈国强", "杨春梅", "赵志刚",
			"黄丽娟", "周文斌", "吴海燕", "马俊峰", "孙晓燕", "王建国");

	private static final List<String> UNITS = List.of("U641101-01", "U641101-01", "U641101-02", "U641101-02",
			"U641102-01", "U641102-02", "U6411-02", "U6411-03", "U6400-02", "U6400-04", "U641201-01", "U6412-01", "U641101-01");

	/** Postings: person index, village code, role, leads the team, start date. */
	private static final List<Object[]> POSTINGS = List.of(
			new Object[] { 0, "641101001001", AssignmentRole.FIRST_SECRETARY, true, LocalDate.of(2025, 1, 10) },
			new Object[] { 1, "641101001001", AssignmentRole.TEAM_MEMBER, false, LocalDate.of(2025, 1, 10) },
			new Object[] { 2, "641101002001", AssignmentRole.FIRST_SECRETARY, true, LocalDate.of(2026, 3, 1) },
			new Object[] { 3, "641101002001", AssignmentRole.TEAM_MEMBER, false, LocalDate.of(2026, 3, 1) },
			new Object[] { 4, "641102001001", AssignmentRole.FIRST_SECRETARY, false, LocalDate.of(2025, 1, 5) },
			new Object[] { 5, "641102001001", AssignmentRole.TEAM_LEADER, true, LocalDate.of(2025, 6, 1) },
			new Object[] { 8, "641201001002", AssignmentRole.FIRST_SECRETARY, true, LocalDate.of(2026, 4, 1) },
			new Object[] { 12, "641101001001", AssignmentRole.TEAM_MEMBER, false, LocalDate.of(2025, 1, 10) });

	private final PersonService people;

	private final AssignmentService assignments;

	private final TransactionTemplate transaction;

	private final CadreAccounts cadreAccounts;

	private final org.zhucun.organisation.OrganisationDirectory organisation;

	private final java.time.Clock clock;

	DemoPersonnelSeeder(PersonService people, AssignmentService assignments, TransactionTemplate transaction,
			CadreAccounts cadreAccounts, org.zhucun.organisation.OrganisationDirectory organisation, java.time.Clock clock) {
		this.organisation = organisation;
		this.clock = clock;
		this.cadreAccounts = cadreAccounts;
		this.people = people;
		this.assignments = assignments;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		SystemContext.run("demo-personnel", () -> transaction.executeWithoutResult(status -> {
			if (people.search(PersonFilter.NONE, Pageable.ofSize(1)).getTotalElements() > 0) {
				return;
			}
			List<Long> ids = new java.util.ArrayList<>();
			for (int i = 0; i < NAMES.size(); i++) {
				LocalDate born = LocalDate.of(1975 + i * 2, 1 + i % 12, 3 + i);
				boolean male = i % 2 == 0;
				String seventeen = "641101" + born.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%02d", 10 + i)
						+ (male ? "1" : "2");
				String id = seventeen + ChineseIdNumber.checkCharacter(seventeen);
				ChineseIdNumber.parse(id).orElseThrow();
				ids.add(people.create(new PersonCommand(NAMES.get(i), id,
						i % 5 == 4 ? PoliticalStatus.MASSES : PoliticalStatus.PARTY_MEMBER, "派出单位干部",
						UNITS.get(i), String.format("1380951%04d", 1000 + i * 7), i % 3 != 2)).getId());
			}
			List<Long> postings = new java.util.ArrayList<>();
			for (Object[] p : POSTINGS) {
				postings.add(assignments.assign(ids.get((Integer) p[0]), new AssignmentCommand((String) p[1],
						(AssignmentRole) p[2], (Boolean) p[3], (LocalDate) p[4], null)).getId());
			}
			// PER-4: one replacement in the history (张建军 → 吴海燕), one still open (刘玉兰)
			assignments.withdraw(postings.get(2),
					new WithdrawalCommand(LocalDate.of(2026, 9, 30), "因工作需要调回原单位", true, ids.get(9)));
			assignments.withdraw(postings.get(3), new WithdrawalCommand(LocalDate.of(2026, 11, 15), "因病无法继续驻村", true, null));
			// PER-2: the demo cadre's account sees their own record (王建国)
			cadreAccounts.link("cadre-wang", ids.get(12));
			java.util.Set<Long> postedVillages = new java.util.HashSet<>();
			for (Object[] p : POSTINGS) {
				organisation.villageByCode((String) p[1]).ifPresent(v -> postedVillages.add(v.id()));
			}
			int teams = new DemoTeams(people, assignments, organisation, LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))),
					java.util.Set.copyOf(NAMES)).seed(postedVillages);
			log.info("Demo personnel loaded: {}", NAMES.size() + teams);
		}));
	}

}
