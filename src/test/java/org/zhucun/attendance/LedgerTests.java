package org.zhucun.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.zhucun.IntegrationTest;
import org.zhucun.RunAs;
import org.zhucun.attendance.register.AttendanceFigures;
import org.zhucun.attendance.register.AttendanceReport;

/**
 * The attendance ledger other modules read (ATT-3, ATT-4, ATT-5) gives the same days as the county's
 * report built from the townships' registers, for a whole year, a quarter and a period cut mid-month.
 */
@IntegrationTest
class LedgerTests {

	@Autowired
	AttendanceLedger ledger;

	@Autowired
	AttendanceFigures figures;

	@Autowired
	UserDetailsService accounts;

	@Test
	@DisplayName("ATT-3, ATT-4: a year of the ledger matches the county's report of 2026 for every person of 沙湖县")
	void yearMatchesTheReport() {
		AttendanceReport report = new RunAs(accounts).as("shahu-zzb", () -> figures.report("641101", "2026"));
		List<Long> people = report.people().stream().map(AttendanceReport.PersonLine::personId).toList();
		Map<Long, AttendanceLedger.PersonDays> days = ledger.days(people, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31));
		assertThat(days).hasSameSizeAs(people);
		for (AttendanceReport.PersonLine line : report.people()) {
			AttendanceLedger.PersonDays d = days.get(line.personId());
			assertThat(d.postedWorkingDays()).as(line.name()).isEqualTo(line.postedWorkingDays());
			assertThat(d.inVillage()).as(line.name()).isEqualTo(line.inVillage());
			assertThat(d.leave()).as(line.name()).isEqualTo(line.leave());
			assertThat(d.absent()).as(line.name()).isEqualTo(line.absent());
			assertThat(d.unregistered()).as(line.name()).isEqualTo(line.unregistered());
		}
		assertThat(days.values()).anyMatch(d -> d.inVillage() > 0);
	}

	@Test
	@DisplayName("ATT-4: a period cut in the middle of months counts only its own days, and its parts add up to the whole")
	void partsAddUp() {
		AttendanceReport report = new RunAs(accounts).as("shahu-zzb", () -> figures.report("641101", "2026-Q3"));
		long li = report.people().stream().filter(l -> l.name().equals("李振华")).findFirst().orElseThrow().personId();
		var whole = ledger.days(List.of(li), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)).get(li);
		var first = ledger.days(List.of(li), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 14)).get(li);
		var second = ledger.days(List.of(li), LocalDate.of(2026, 8, 15), LocalDate.of(2026, 9, 30)).get(li);
		assertThat(first.postedWorkingDays()).isPositive().isLessThan(whole.postedWorkingDays());
		assertThat(first.postedWorkingDays() + second.postedWorkingDays()).isEqualTo(whole.postedWorkingDays());
		assertThat(first.inVillage() + second.inVillage()).isEqualTo(whole.inVillage());
		assertThat(first.absent() + second.absent()).isEqualTo(whole.absent());
		assertThat(ledger.days(List.of(li), LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)))
			.as("not posted in 2019").isEmpty();
	}

	@Test
	@DisplayName("ATT-5: the team of 石嘴村 has the same year in the ledger as in the county's report")
	void teamYearMatchesTheReport() {
		AttendanceReport report = new RunAs(accounts).as("shahu-zzb", () -> figures.report("641101", "2026"));
		var line = report.teams().stream().filter(t -> t.villageName().equals("石嘴村")).findFirst().orElseThrow();
		var team = ledger.teamYear(shizuiVillage(), 2026).orElseThrow();
		assertThat(team.members()).isEqualTo(line.members());
		assertThat(team.days()).isEqualByComparingTo(line.year().days());
		assertThat(team.required()).isEqualTo(240);
		assertThat(team.shortfall()).isEqualByComparingTo(line.year().shortfall());
	}

	@Autowired
	org.zhucun.organisation.OrganisationDirectory organisation;

	private long shizuiVillage() {
		return organisation.villageByCode("641101001001").orElseThrow().id();
	}

}
