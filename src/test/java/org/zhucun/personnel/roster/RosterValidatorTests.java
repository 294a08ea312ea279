package org.zhucun.personnel.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.zhucun.organisation.UnitLevel;
import org.zhucun.organisation.UnitSummary;
import org.zhucun.organisation.UnitType;
import org.zhucun.organisation.VillageSummary;
import org.zhucun.personnel.AssignmentRole;
import org.zhucun.personnel.ChineseIdNumber;

/** PER-5: the rules of a roster row that need no database, with the words of the real bundles. */
class RosterValidatorTests {

	static final UnitSummary UNIT = new UnitSummary(7, "U1", "某局", UnitLevel.COUNTY, UnitType.GOVERNMENT_DEPARTMENT, true);

	static final VillageSummary VILLAGE = new VillageSummary(9, "V1", "甲村", "/1/9/", true, true);

	static final StoredRoster STORED = new StoredRoster(Map.of("U1", UNIT), Set.of(7L), Map.of("V1", VILLAGE), Set.of(),
			Map.of());

	static RosterVocabulary vocabulary() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/messages", "i18n/personnel");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new RosterVocabulary(messages);
	}

	/** A man born 1985-10-20. */
	static final String ID = id("64990119851020011");

	static String id(String seventeen) {
		return seventeen + ChineseIdNumber.checkCharacter(seventeen);
	}

	static RosterRow row(int number, Set<RosterColumn> numbers, Object... columnsAndValues) {
		Map<RosterColumn, String> cells = new EnumMap<>(RosterColumn.class);
		cells.put(RosterColumn.NAME, "某人");
		cells.put(RosterColumn.POLITICAL_STATUS, "中共党员");
		cells.put(RosterColumn.WORK_UNIT_POST, "科员");
		cells.put(RosterColumn.ID_NUMBER, ID);
		cells.put(RosterColumn.UNIT_CODE, "U1");
		for (int i = 0; i < columnsAndValues.length; i += 2) {
			cells.put((RosterColumn) columnsAndValues[i], (String) columnsAndValues[i + 1]);
		}
		return new RosterRow(number, cells, numbers);
	}

	static RosterPlan check(int termYears, RosterRow... rows) {
		return new RosterValidator(vocabulary(), termYears).validate(List.of(rows), STORED);
	}

	@Test
	@DisplayName("PER-5: 1985.1 typed as a number may be October (Excel drops the zero of 1985.10); typed as text it is January")
	void birthMonthTypedAsNumber() {
		assertThat(check(2, row(2, Set.of(RosterColumn.BIRTH_MONTH), RosterColumn.BIRTH_MONTH, "1985.1")).accepted())
			.isTrue();
		assertThat(check(2, row(2, Set.of(), RosterColumn.BIRTH_MONTH, "1985.1")).problems()).singleElement()
			.satisfies(p -> assertThat(p.messageKey()).isEqualTo("roster.error.birthMonthMismatch"));
		for (String month : List.of("1985.10", "1985-10", "1985/10", "1985年10月", "198510", "1985-10-20")) {
			assertThat(check(2, row(2, Set.of(), RosterColumn.BIRTH_MONTH, month)).accepted()).as(month).isTrue();
		}
	}

	@Test
	@DisplayName("PER-5, POL-1: dates as Excel dates or text in the usual ways; a blank planned end is the term parameter")
	void datesAndDefaultTerm() {
		for (String start : List.of("2026-03-01", "2026/3/1", "2026.3.1", "2026年3月1日", "20260301")) {
			RosterPlan plan = check(3, row(2, Set.of(), RosterColumn.VILLAGE_CODE, "V1", RosterColumn.ROLE, "工作队队员",
					RosterColumn.START_DATE, start));
			assertThat(plan.accepted()).as(start).isTrue();
			assertThat(plan.rows().get(0).posting().startDate()).isEqualTo(LocalDate.of(2026, 3, 1));
			assertThat(plan.rows().get(0).posting().plannedEndDate()).as("3 years, as configured").isEqualTo(LocalDate.of(2029, 3, 1));
		}
	}

	@Test
	@DisplayName("PER-3: a first secretary who leads and a team leader of the same village: the second row is refused on 驻村身份")
	void oneLeaderPerTeamInTheFile() {
		RosterPlan plan = check(2,
				row(2, Set.of(), RosterColumn.VILLAGE_CODE, "V1", RosterColumn.ROLE, "第一书记", RosterColumn.LEADS_TEAM, "是",
						RosterColumn.START_DATE, "2026-03-01"),
				row(3, Set.of(), RosterColumn.ID_NUMBER, id("64990119851020021"), RosterColumn.VILLAGE_CODE, "V1",
						RosterColumn.ROLE, "工作队队长", RosterColumn.START_DATE, "2026-03-01"));
		assertThat(plan.problems()).singleElement().satisfies(p -> {
			assertThat(p.row()).isEqualTo(3);
			assertThat(p.column()).isEqualTo(RosterColumn.ROLE);
			assertThat(p.messageKey()).isEqualTo("roster.error.twoLeadersInFile");
		});
	}

	@Test
	@DisplayName("PER-5: 否 alone in 是否任队长 is no posting; a leader by role needs no 是")
	void postingOrNot() {
		RosterPlan personOnly = check(2, row(2, Set.of(), RosterColumn.LEADS_TEAM, "否"));
		assertThat(personOnly.accepted()).isTrue();
		assertThat(personOnly.rows().get(0).posting()).isNull();
		RosterPlan leader = check(2, row(2, Set.of(), RosterColumn.VILLAGE_CODE, "V1", RosterColumn.ROLE, "工作队队长",
				RosterColumn.START_DATE, "2026-03-01"));
		assertThat(leader.rows().get(0).posting().leadsTeam()).isTrue();
		assertThat(leader.rows().get(0).posting().role()).isEqualTo(AssignmentRole.TEAM_LEADER);
	}

}
