package org.zhucun.scoring.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhucun.common.security.ActingAs;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.personnel.AssignmentRole;
import org.zhucun.personnel.PostingPeriod;
import org.zhucun.scoring.rules.Annex;
import org.zhucun.scoring.sheet.ActivityCommand;
import org.zhucun.scoring.sheet.RateCommand;
import org.zhucun.scoring.sheet.SheetService;
import org.zhucun.scoring.sheet.Subject;
import org.zhucun.scoring.template.RefinementCommand;
import org.zhucun.scoring.template.ScoringTemplate;
import org.zhucun.scoring.template.TemplateItemCommand;
import org.zhucun.scoring.template.TemplateService;

/**
 * Demo profile only: the current year's scoring of 石嘴村 (SCO-A1/A2/A3, BUR-3) entered through the
 * services by the offices entitled to it — the team's policy campaigns and trainings (月牙湖乡), raters'
 * scores of the team, of 李振华 (innovation still waiting for the team members' score) and of the
 * members — and 沙湖县's refinement of Annex 1 from next year, scoring the rest of item 2.3 as a whole.
 * Idempotent: nothing is added when the village already has team activities.
 */
@Component
@Profile("demo")
@Order(25)
class DemoScoringSeeder implements ApplicationRunner {

	static final String VILLAGE = "641101001001";

	static final String REFINEMENT_NOTE = "沙湖县细化：基层组织建设其余5分由乡镇党委整体评分";

	private static final Logger log = LoggerFactory.getLogger(DemoScoringSeeder.class);

	private final SheetService sheets;

	private final TemplateService templates;

	private final ActingAs acting;

	private final JdbcTemplate jdbc;

	private final OrganisationDirectory organisation;

	DemoScoringSeeder(SheetService sheets, TemplateService templates, ActingAs acting, JdbcTemplate jdbc,
			OrganisationDirectory organisation) {
		this.organisation = organisation;
		this.sheets = sheets;
		this.templates = templates;
		this.acting = acting;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		var found = organisation.villageByCode(VILLAGE);
		if (found.isEmpty()) {
			return;
		}
		long village = found.get().id();
		if (jdbc.queryForObject("select count(*) from scoring_team_activity where village_node_id = ?", Long.class,
				village) > 0) {
			return;
		}
		LocalDate today = sheets.today();
		int year = today.getYear();
		acting.as("yueyahu-xz", () -> {
			activity("POLICY_CAMPAIGN", day(today, 3, 12), "惠民政策进村入户宣讲", 0);
			activity("SKILLS_TRAINING", day(today, 4, 8), "枸杞种植技术培训", 180);
			activity("POLICY_CAMPAIGN", day(today, 7, 16), "产业扶持政策宣传会", 0);
			activity("SKILLS_TRAINING", day(today, 9, 20), "滩羊养殖实用技术培训", 150);
			return null;
		});
		rateTeam(year, "1.3", "COUNTY_ORGANISATION_DEPARTMENT", "shahu-zzb", "9", "生活补助按标准发放，交通费略有滞后");
		rateTeam(year, "2.1", "TOWNSHIP_PARTY_COMMITTEE", "yueyahu-xz", "5", "工作计划和年度方案经乡党委审定");
		rateTeam(year, "2.2.1", "TOWNSHIP_PARTY_COMMITTEE", "yueyahu-xz", "5", "协助编制村发展规划");
		rateTeam(year, "2.2.2", "COUNTY_POVERTY_OFFICE", "shahu-fpb", "18", "两个到户项目资金已落实，一个项目进度滞后");
		rateTeam(year, "2.3.1", "TOWNSHIP_PARTY_COMMITTEE", "yueyahu-xz", "2", null);
		rateTeam(year, "2.3.2", "TOWNSHIP_PARTY_COMMITTEE", "yueyahu-xz", "4.5", "“三会一课”记录个别月份不全");
		rateTeam(year, "2.3.3", "TOWNSHIP_PARTY_COMMITTEE", "yueyahu-xz", "3", null);
		for (PostingPeriod p : acting.as("yueyahu-xz", () -> sheets.people(year))) {
			if (!p.personName().equals("李振华") && !p.personName().equals("王秀英")) {
				continue;
			}
			if (Annex.ofRole(p.role()) == Annex.LEADER) {
				ratePerson(p, year, "3.1", "TOWNSHIP_PARTY_COMMITTEE", "yueyahu-xz", "月牙湖乡党委", "5", "遵守各项纪律");
				ratePerson(p, year, "4.1", "COUNTY_ORGANISATION_DEPARTMENT", "shahu-zzb", "沙湖县委组织部", "5", "枸杞合作社模式有亮点");
				ratePerson(p, year, "4.1", "COUNTY_POVERTY_OFFICE", "shahu-fpb", "沙湖县扶贫办", "4", null);
				ratePerson(p, year, "4.1", "TOWNSHIP_PARTY_COMMITTEE", "yueyahu-xz", "月牙湖乡党委", "4", null);
				ratePerson(p, year, "4.1", "VILLAGE_COMMITTEES", "yueyahu-cun1", "石嘴村党支部书记", "4", null);
				ratePerson(p, year, "5.1", "TOWNSHIP_PARTY_COMMITTEE", "yueyahu-xz", "月牙湖乡党委", "4.5", null);
			}
			else if (p.role() == AssignmentRole.TEAM_MEMBER) {
				ratePerson(p, year, "3.1", "TOWNSHIP_PARTY_COMMITTEE", "yueyahu-xz", "月牙湖乡党委", "5", null);
				ratePerson(p, year, "3.2", "TEAM_LEADER", "yueyahu-xz", "李振华（纸质评分表）", "4.5", null);
				ratePerson(p, year, "3.2", "VILLAGE_CADRES", "yueyahu-cun1", "石嘴村村委会", "5", null);
			}
		}
		refineAnnex1(year + 1);
		log.info("Demo scoring loaded for 石嘴村 {}: team activities, raters' scores, 沙湖县's Annex 1 from {}", year, year + 1);
	}

	private static LocalDate day(LocalDate today, int month, int dayOfMonth) {
		LocalDate d = LocalDate.of(today.getYear(), month, dayOfMonth);
		return d.isAfter(today) ? today : d;
	}

	private void activity(String kind, LocalDate day, String title, int personTimes) {
		sheets.addActivity(new ActivityCommand(VILLAGE, kind, day, title, personTimes));
	}

	private void rateTeam(int year, String code, String rater, String account, String score, String reason) {
		acting.as(account, () -> sheets.rate(new RateCommand(Subject.TEAM, null, VILLAGE, year, code, rater, null,
				new BigDecimal(score), reason)));
	}

	private void ratePerson(PostingPeriod p, int year, String code, String rater, String account, String name, String score,
			String reason) {
		acting.as(account, () -> sheets.rate(new RateCommand(Subject.PERSON, p.personId(), null, year, code, rater, name,
				new BigDecimal(score), reason)));
	}

	private void refineAnnex1(int fromYear) {
		acting.as("shahu-zzb", () -> {
			ScoringTemplate base = templates.inForce(Annex.TEAM, null, fromYear);
			List<TemplateItemCommand> items = new ArrayList<>();
			base.items()
				.forEach(i -> items.add(new TemplateItemCommand(i.code(), i.name(), i.maximum(), i.rule(),
						i.kind() == null ? null : i.kind().name(), i.source() == null ? null : i.source().name(),
						i.paramsText(), i.raters().stream().map(Enum::name).toList(), i.bonus(),
						i.code().equals("2.3") ? "附件1第2.3项细项合计15分，其余5分由乡镇党委对基层组织建设整体评分" : null, false)));
			return templates.refine(new RefinementCommand("ANNEX1", "641101", fromYear, REFINEMENT_NOTE, items));
		});
	}

}
