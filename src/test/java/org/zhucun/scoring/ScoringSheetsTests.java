package org.zhucun.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.zhucun.IntegrationTest;
import org.zhucun.RunAs;
import org.zhucun.attendance.AttendanceLedger;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.personnel.PostingPeriod;
import org.zhucun.personnel.Postings;
import org.zhucun.scoring.rules.Annex;
import org.zhucun.scoring.rules.TemplateCheck;
import org.zhucun.scoring.sheet.FilledSheet;
import org.zhucun.scoring.sheet.RateCommand;
import org.zhucun.scoring.sheet.SheetService;
import org.zhucun.scoring.sheet.Subject;
import org.zhucun.scoring.template.RefinementCommand;
import org.zhucun.scoring.template.ScoringTemplate;
import org.zhucun.scoring.template.TemplateItemCommand;
import org.zhucun.scoring.template.TemplateService;
import org.zhucun.tasks.TaskRegister;

/**
 * The sheets filled from the demo records of 石嘴村 (SCO-A1/A2/A3, SCO-X), the templates in force by
 * county and year (POL-1), the raters' scores (BUR-3) and the data scope (ORG-5).
 */
@IntegrationTest
class ScoringSheetsTests {

	static final int YEAR = 2026;

	@Autowired
	ScoringSheets sheets;

	@Autowired
	SheetService service;

	@Autowired
	TemplateService templates;

	@Autowired
	AttendanceLedger ledger;

	@Autowired
	TaskRegister tasks;

	@Autowired
	Postings postings;

	@Autowired
	OrganisationDirectory organisation;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	private PostingPeriod posting(String name) {
		return ShizuiVillage.posting(postings, organisation, name, YEAR);
	}

	@Test
	@DisplayName("SCO-A2, SCO-A3, SCO-X: a demo person's sheet takes attendance and duties from the registers, with the arithmetic")
	void demoPersonFromRecords() {
		PostingPeriod li = posting("李振华");
		ScoringSheets.SheetScore sheet = sheets.ofPerson(li.personId(), YEAR);
		Annex annex = Annex.ofRole(li.role());
		assertThat(sheet.templateCode()).isEqualTo(annex.code());
		AttendanceLedger.PersonDays days = ledger.days(List.of(li.personId()), LocalDate.of(YEAR, 1, 1),
				LocalDate.of(YEAR, 12, 31)).get(li.personId());
		ScoringSheets.ItemLine attendance = sheet.items().stream().filter(i -> i.code().equals("2.1")).findFirst().orElseThrow();
		BigDecimal max = annex == Annex.LEADER ? new BigDecimal(5) : BigDecimal.TEN;
		BigDecimal expected = max.subtract(new BigDecimal("0.2").multiply(BigDecimal.valueOf(days.absent()))).max(BigDecimal.ZERO);
		assertThat(attendance.score()).isEqualByComparingTo(expected);
		assertThat(attendance.arithmetic()).startsWith(org.zhucun.scoring.rules.Points.text(max) + " − 0.2 × " + days.absent());
		ScoringSheets.ItemLine duties = sheet.items().stream().filter(i -> i.code().equals("1.1")).findFirst().orElseThrow();
		TaskRegister.TaskTally tally = tasks.ofPerson(li.personId(), YEAR);
		if (tally.agreed() && tally.open() == 0) {
			assertThat(duties.score()).isEqualByComparingTo(BigDecimal.valueOf(70 - tally.notDone()).max(BigDecimal.ZERO));
		}
		else {
			assertThat(duties.score()).isNull();
			assertThat(sheet.complete()).isFalse();
		}
		assertThat(sheets.ofPeople(List.of(li.personId(), posting("王建国").personId()), YEAR)).hasSize(2)
			.containsEntry(li.personId(), sheet);
	}

	@Test
	@DisplayName("SCO-A1: the team sheet of 石嘴村 shows the seed's flag at item 2.3 and the team's residence from the register")
	void teamSheet() {
		long village = organisation.villageByCode("641101001001").orElseThrow().id();
		ScoringSheets.TeamSheetScore team = sheets.ofTeam(village, YEAR);
		assertThat(team.templateCode()).isEqualTo("ANNEX1");
		var residence = team.items().stream().filter(i -> i.code().equals("2.5")).findFirst().orElseThrow();
		var days = ledger.teamYear(village, YEAR).orElseThrow();
		assertThat(residence.arithmetic()).contains(org.zhucun.scoring.rules.Points.text(days.days()));
		assertThat(sheets.teamTemplateFlags(village, YEAR)).singleElement().asString().startsWith("第 2.3 项“抓好基层组织建设。”赋分 20 分，但其细项合计 15 分");
		assertThat(sheets.templateFlags(posting("李振华").personId(), YEAR)).as("Annex 2 adds up").isEmpty();
		FilledSheet page = new RunAs(accounts).as("yueyahu-xz", () -> service.team("641101001001", YEAR));
		assertThat(page.flags()).anySatisfy(f -> {
			assertThat(f.code()).isEqualTo("2.3");
			assertThat(f.problem()).isEqualTo(TemplateCheck.Problem.CHILDREN_DO_NOT_ADD_UP);
		});
	}

	@Test
	@DisplayName("SCO-A1, ATT-5: the team sheets of every village read at once are those read one by one; a village nobody was posted to has none")
	void teamSheetsOfManyAsOfEach() {
		List<Long> villages = jdbc.queryForList("select id from org_node where level = 'VILLAGE'", Long.class);
		for (int year : List.of(YEAR, YEAR - 1)) {
			var all = sheets.ofTeams(villages, year);
			assertThat(all).as("the demo posts people in %d", year).isNotEmpty();
			assertThat(all.size()).isLessThan(villages.size());
			for (long v : villages) {
				boolean posted = !postings.postedIn(List.of(v), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).isEmpty();
				assertThat(all.containsKey(v)).as("village %d in %d", v, year).isEqualTo(posted);
				if (posted) {
					assertThat(all.get(v)).isEqualTo(sheets.ofTeam(v, year));
					assertThat(ledger.teamYears(List.of(v), year).get(v)).isEqualTo(ledger.teamYear(v, year).orElseThrow());
				}
			}
			assertThat(ledger.teamYears(villages, year)).isEqualTo(ledger.teamYears(all.keySet(), year));
		}
	}

	@Test
	@DisplayName("BUR-3, SCO-A2: five raters score 李振华's innovation of 2025 5, 4, 4, 3, 4 and the item is 4.00; a score above 5 is refused")
	void ratersMean() {
		PostingPeriod p = posting("李振华");
		RunAs as = new RunAs(accounts);
		as.as("shahu-zzb", () -> service.rate(rate(p, "COUNTY_ORGANISATION_DEPARTMENT", "县委组织部", "5")));
		as.as("shahu-fpb", () -> service.rate(rate(p, "COUNTY_POVERTY_OFFICE", "县扶贫办", "4")));
		as.as("yueyahu-xz", () -> service.rate(rate(p, "TOWNSHIP_PARTY_COMMITTEE", "乡党委", "4")));
		as.as("yueyahu-xz", () -> service.rate(rate(p, "VILLAGE_COMMITTEES", "村两委负责人（纸质）", "3")));
		FilledSheet sheet = as.as("yueyahu-xz", () -> service.rate(rate(p, "TEAM_MEMBERS", "工作队员（纸质）", "4")));
		var line = org.zhucun.scoring.rules.SheetEvaluator.line(sheet.filled(), "4.1").orElseThrow();
		assertThat(line.score().toPlainString()).isEqualTo("4.00");
		assertThat(line.outcome().arithmetic()).isEqualTo("(5 + 4 + 4 + 3 + 4) ÷ 5 = 4.00");
		assertThat(line.facts().raterScores()).extracting(s -> s.enteredBy()).isNotEmpty().doesNotContainNull();
		assertThatThrownBy(() -> as.as("shahu-zzb", () -> service.rate(rate(p, "COUNTY_ORGANISATION_DEPARTMENT", "县委组织部", "5.5"))))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("scoring.error.scoreOutOfRange");
		assertThatThrownBy(() -> as.as("shahu-fpb", () -> service.rate(rate(p, "COUNTY_ORGANISATION_DEPARTMENT", "冒名", "5"))))
			.as("the poverty office cannot enter the organisation department's score")
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> as.as("region-zzb", () -> service.rate(rate(p, "COUNTY_ORGANISATION_DEPARTMENT", "自治区党委组织部", "1"))))
			.as("the annex names the county's organisation department: the region's cannot score for it")
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("scoring.error.raterNotEntitled");
		assertThat(as.as("region-zzb", () -> service.enterableRaters())).isEmpty();
	}

	private static RateCommand rate(PostingPeriod p, String rater, String name, String score) {
		return new RateCommand(Subject.PERSON, p.personId(), null, 2025, "4.1", rater, name, new BigDecimal(score), "理由");
	}

	@Test
	@DisplayName("POL-1, SCO-A1: a county's refinement from 2031 is flagged where it does not add up, and a past year keeps the template in force then")
	void refinementByYear() {
		long county = organisation.place("641101").orElseThrow().id();
		ScoringTemplate before = templates.inForce(Annex.MEMBER, county, YEAR);
		List<TemplateItemCommand> items = new ArrayList<>();
		for (var i : before.items()) {
			BigDecimal max = i.code().equals("2.1") ? new BigDecimal(8) : i.maximum();
			items.add(new TemplateItemCommand(i.code(), i.name(), max, i.rule(), i.kind() == null ? null : i.kind().name(),
					i.source() == null ? null : i.source().name(), i.paramsText(), i.raters().stream().map(Enum::name).toList(),
					i.bonus(), null, false));
		}
		ScoringTemplate refined = new RunAs(accounts).as("shahu-zzb",
				() -> templates.refine(new RefinementCommand("ANNEX3", "641101", 2031, "出勤细化", items)));
		assertThat(refined.flags()).extracting(TemplateCheck.Flag::code).contains("2");
		assertThat(templates.inForce(Annex.MEMBER, county, 2031).id()).isEqualTo(refined.id());
		assertThat(templates.inForce(Annex.MEMBER, county, YEAR).id()).as("2026 keeps its template").isEqualTo(before.id());
		assertThatThrownBy(() -> new RunAs(accounts).as("huanghe-zzb",
				() -> templates.refine(new RefinementCommand("ANNEX3", "641101", 2031, null, items))))
			.as("another county cannot refine 沙湖县's template").isInstanceOf(NotFoundException.class);
	}

	@Test
	@DisplayName("SCO-A3, BUR-3: a refinement pairing the raters' mean with another source (or the raters with another rule) is refused, naming the item, and saves nothing")
	void raterLinesKeepTheirSource() {
		long county = organisation.place("641101").orElseThrow().id();
		ScoringTemplate before = templates.inForce(Annex.MEMBER, county, 2032);
		for (String[] pairing : List.of(new String[] { "RATER_MEAN", "ABSENT_DAYS" }, new String[] { "DEDUCTION_PER_UNIT", "RATERS" })) {
			List<TemplateItemCommand> items = new ArrayList<>();
			for (var i : before.items()) {
				boolean odd = i.code().equals("2.1");
				items.add(new TemplateItemCommand(i.code(), i.name(), i.maximum(), i.rule(),
						odd ? pairing[0] : i.kind() == null ? null : i.kind().name(),
						odd ? pairing[1] : i.source() == null ? null : i.source().name(), i.paramsText(),
						odd ? List.of("TOWNSHIP_PARTY_COMMITTEE") : i.raters().stream().map(Enum::name).toList(), i.bonus(), null,
						false));
			}
			assertThatThrownBy(() -> new RunAs(accounts).as("shahu-zzb",
					() -> templates.refine(new RefinementCommand("ANNEX3", "641101", 2032, "错配", items))))
				.as(pairing[0] + " with " + pairing[1])
				.isInstanceOf(InvalidInputException.class)
				.hasMessageContaining("scoring.error.itemRaters");
		}
		assertThat(templates.inForce(Annex.MEMBER, county, 2032).id()).as("nothing saved").isEqualTo(before.id());
	}

	@Test
	@DisplayName("ORG-5: a sibling township and a sibling county cannot open a sheet of 石嘴村")
	void scopeRefusal() {
		PostingPeriod li = posting("李振华");
		RunAs as = new RunAs(accounts);
		assertThatThrownBy(() -> as.as("zhenbeibu-xz", () -> service.person(li.personId(), YEAR)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> as.as("huanghe-zzb", () -> service.team("641101001001", YEAR)))
			.isInstanceOf(NotFoundException.class);
		assertThat(as.as("caizheng-dw", () -> service.person(li.personId(), YEAR)).subjectName()).isEqualTo("李振华");
	}

}
