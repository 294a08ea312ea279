package org.zhucun.personnel.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.zhucun.common.scope.DataScope;
import org.zhucun.organisation.NodeLevel;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.PlaceSummary;
import org.zhucun.organisation.VillageSummary;
import org.zhucun.personnel.AssignmentRole;
import org.zhucun.personnel.ChineseIdNumber;
import org.zhucun.personnel.PoliticalStatus;
import org.zhucun.personnel.assignment.AssignmentCommand;
import org.zhucun.personnel.assignment.AssignmentService;
import org.zhucun.personnel.assignment.WithdrawalCommand;
import org.zhucun.personnel.person.PersonCommand;
import org.zhucun.personnel.person.PersonService;

/**
 * Demo profile only: work teams of 3 to 5 fictional cadres for the flagged villages that have none
 * yet — a first secretary from a region or city unit, members from the county's units — a few of
 * them with terms ending within weeks, some former members whose postings ended, and a small pool
 * of people not posted. Names, ID numbers (fictional region codes, valid check characters) and
 * phone numbers are made up. Dates are relative to the day the demo is loaded.
 */
class DemoTeams {

	private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢";

	private static final String[] GIVEN = { "建华", "秀兰", "志强", "海燕", "国庆", "丽萍", "文杰", "春燕", "永红", "晓东", "玉梅",
			"振宇", "雪莲", "德明", "慧敏", "宏伟", "静怡", "学军", "小红", "长青", "金凤", "立新", "淑芬", "俊杰", "彩霞", "红军", "亚楠",
			"明辉", "桂香", "鹏飞", "晓燕", "海军", "艳玲", "继承", "美玲", "天宇", "凤英", "向东", "佳琪", "建平" };

	/** Villages the tests keep for themselves and the hand-made postings of the demo. */
	private static final Set<String> KEPT_FREE_TOWNSHIPS = Set.of("641101001", "641101003");

	private static final int UNPOSTED_POOL = 16;

	private final PersonService people;

	private final AssignmentService assignments;

	private final OrganisationDirectory organisation;

	private final LocalDate today;

	private final Set<String> usedNames;

	private int serial;

	DemoTeams(PersonService people, AssignmentService assignments, OrganisationDirectory organisation, LocalDate today,
			Set<String> usedNames) {
		this.people = people;
		this.assignments = assignments;
		this.organisation = organisation;
		this.today = today;
		this.usedNames = new HashSet<>(usedNames);
	}

	/** Seeds the teams and the pool; returns how many people were created. */
	int seed(Set<Long> villagesWithPostings) {
		List<VillageSummary> villages = new ArrayList<>();
		for (PlaceSummary place : organisation.placesWithin(DataScope.everything(), NodeLevel.VILLAGE)) {
			boolean keptFree = KEPT_FREE_TOWNSHIPS.stream().anyMatch(t -> place.code().startsWith(t));
			organisation.village(place.id())
				.filter(v -> v.receivesPersonnel() && !keptFree && !villagesWithPostings.contains(v.id()))
				.ifPresent(villages::add);
		}
		int created = 0;
		for (int i = 0; i < villages.size(); i++) {
			created += team(villages.get(i), i);
		}
		for (int i = 0; i < UNPOSTED_POOL; i++) {
			person(i % 2 == 0 ? "U6400-0" + (1 + i % 6) : countyUnits("641101").get(i % 2));
			created++;
		}
		return created;
	}

	private int team(VillageSummary village, int index) {
		String county = village.code().substring(0, 6);
		int size = 3 + index % 3;
		boolean secretaryLeads = index % 4 != 1;
		// every seventh team was posted almost two years ago: its terms end within the warning window
		LocalDate start = index % 7 == 3 ? today.minusYears(2).plusDays(20 + index) : today.minusMonths(6 + index % 14);
		int created = 0;
		if (index % 3 == 0) {
			long former = person(countyUnits(county).get(1 % countyUnits(county).size()));
			created++;
			var posting = assignments.assign(former, new AssignmentCommand(village.code(), AssignmentRole.TEAM_MEMBER, false,
					start.minusMonths(14), null));
			assignments.withdraw(posting.getId(),
					new WithdrawalCommand(start.minusDays(1), "任期届满，轮换", false, null));
		}
		String secretaryUnit = index % 2 == 0 ? "U6400-0" + (1 + index % 6) : cityUnits(county).get(index % cityUnits(county).size());
		long secretary = person(secretaryUnit);
		created++;
		assignments.assign(secretary, new AssignmentCommand(village.code(), AssignmentRole.FIRST_SECRETARY, secretaryLeads,
				start, null));
		for (int m = 1; m < size; m++) {
			boolean leader = !secretaryLeads && m == 1;
			long member = person(countyUnits(county).get(m % countyUnits(county).size()));
			created++;
			assignments.assign(member, new AssignmentCommand(village.code(),
					leader ? AssignmentRole.TEAM_LEADER : AssignmentRole.TEAM_MEMBER, leader, start, null));
		}
		return created;
	}

	private long person(String unitCode) {
		int n = serial++;
		String name = nextName(n);
		LocalDate born = LocalDate.of(1968 + n % 28, 1 + n % 12, 1 + n % 28);
		boolean male = n % 3 != 1;
		String seventeen = "641102" + born.format(DateTimeFormatter.BASIC_ISO_DATE)
				+ String.format("%02d", n % 100) + (male ? (n / 100) * 2 + 1 : (n / 100) * 2 + 2);
		String id = seventeen + ChineseIdNumber.checkCharacter(seventeen);
		PoliticalStatus status = n % 9 == 4 ? PoliticalStatus.MASSES
				: n % 11 == 5 ? PoliticalStatus.PROBATIONARY_PARTY_MEMBER : PoliticalStatus.PARTY_MEMBER;
		String post = n % 4 == 0 ? "副科长" : n % 4 == 1 ? "科员" : n % 4 == 2 ? "主任科员" : "干事";
		return people.create(new PersonCommand(name, id, status, post, unitCode,
				String.format("1390952%04d", 1000 + n * 13 % 9000), n % 3 != 2)).getId();
	}

	private String nextName(int n) {
		for (int k = n;; k += 41) {
			String name = SURNAMES.charAt(k % SURNAMES.length()) + GIVEN[(k * 7 + k / SURNAMES.length()) % GIVEN.length];
			if (usedNames.add(name)) {
				return name;
			}
		}
	}

	private static List<String> countyUnits(String county) {
		return switch (county) {
			case "641101" -> List.of("U641101-01", "U641101-02");
			case "641102" -> List.of("U641102-01", "U641102-02");
			default -> List.of("U641201-01");
		};
	}

	private static List<String> cityUnits(String county) {
		return county.startsWith("6411") ? List.of("U6411-01", "U6411-02", "U6411-03") : List.of("U6412-01", "U6412-02");
	}

}
