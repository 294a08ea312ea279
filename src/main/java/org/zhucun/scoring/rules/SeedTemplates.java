package org.zhucun.scoring.rules;

import static org.zhucun.scoring.rules.RaterKind.COUNTY_ORGANISATION_DEPARTMENT;
import static org.zhucun.scoring.rules.RaterKind.COUNTY_POVERTY_OFFICE;
import static org.zhucun.scoring.rules.RaterKind.TEAM_LEADER;
import static org.zhucun.scoring.rules.RaterKind.TEAM_MEMBERS;
import static org.zhucun.scoring.rules.RaterKind.TOWNSHIP_PARTY_COMMITTEE;
import static org.zhucun.scoring.rules.RaterKind.VILLAGE_CADRES;
import static org.zhucun.scoring.rules.RaterKind.VILLAGE_COMMITTEES;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The scoring sheets of the seed policy, Annex 1–3, word for word: the region's default templates
 * (SCO-A1/A2/A3). Where an annex describes several scored parts in one rule (Annex 1 items 1.2, 2.2,
 * 2.3, 2.4) they are sub-items named and ruled with the annex's own words and points; the annex's inconsistency at
 * item 2.3 (sub-items of 2 + 5 + 3 + 3 + 2 = 15 points under 20) is kept as the annex has it, for the
 * validation to show. Decisions where the annex is silent: the unit's study meetings (item 1.1) count
 * when there are 4 a year (one a quarter); items without named raters are scored by the township
 * party committee (item 1.3 funding and item 2.2.2 projects by the county offices that check them);
 * funds secured by a 科研院校 count as a public institution's (10 000 yuan), by a 中央驻宁机构 as a
 * government department's (20 000 yuan); a national leader's instruction counts as a region leader's.
 */
public final class SeedTemplates {

	private static final String ARTICLES = "结合本村实际撰写的关于农村基层组织建设和扶贫开发等理论文章被宣传、专业媒体采用。县（区）级采用的加2分，地市级采用的加3分；自治区级采用的加4分；国家级采用的加5分。";

	private static final String SUGGESTIONS = "意见建议被各级党委、政府采用。县（区）级采用的加2分；地市级采用的加3分；自治区级采用的加4分；国家级采用的加5分。";

	private static final String INSTRUCTIONS = "工作亮点、文章、意见建议得到领导批示。市、县（区）领导批示的加3分；自治区领导批示的加5分。";

	private static final String BY_LEVEL = "NATIONAL=5;REGION=4;CITY=3;COUNTY=2";

	/** The year from which the region's default templates are in force. */
	public static final int FROM_YEAR = 2016;

	private SeedTemplates() {
	}

	public static List<TemplateItem> of(Annex annex) {
		return switch (annex) {
			case TEAM -> annex1();
			case LEADER -> annex2();
			case MEMBER -> annex3();
		};
	}

	public static String title(Annex annex) {
		return switch (annex) {
			case TEAM -> "扶贫开发驻村工作队工作绩效考评参考标准（年度）";
			case LEADER -> "扶贫开发驻村工作队长和第一书记工作绩效考评参考标准（年度）";
			case MEMBER -> "扶贫开发驻村工作队队员工作绩效考评参考标准（年度）";
		};
	}

	private static List<TemplateItem> annex1() {
		List<TemplateItem> items = new ArrayList<>();
		items.add(part("1", "派出单位重视支持情况", 20));
		items.add(line("1.1", "定期研究工作队驻村工作。", 4, "派出单位定期研究工作队驻村工作，以会议纪录为考核依据。", RuleKind.THRESHOLD,
				EvidenceSource.UNIT_STUDY_MEETINGS, "threshold=4"));
		items.add(group("1.2", "领导班子干部调研指导。", 6,
				"领导班子干部亲自到工作队所驻村调研指导工作、协调解决实际问题4次以上，计4分；一把手亲自到村指导工作，计2分。以工作队工作记录和影像资料为考核依据。"));
		items.add(line("1.2.1", "领导班子干部亲自到工作队所驻村调研指导工作、协调解决实际问题4次以上", 4, "领导班子干部亲自到工作队所驻村调研指导工作、协调解决实际问题4次以上，计4分。",
				RuleKind.THRESHOLD, EvidenceSource.LEADERSHIP_VISITS, "threshold=4"));
		items.add(line("1.2.2", "一把手亲自到村指导工作", 2, "一把手亲自到村指导工作，计2分。以工作队工作记录和影像资料为考核依据。", RuleKind.THRESHOLD,
				EvidenceSource.HEAD_VISITS, "threshold=1"));
		items.add(rated("1.3", "保障工作队基本经费。", 10, "按规定标准，足额保障工作队干部生活补助及交通费等正常开支。",
				COUNTY_ORGANISATION_DEPARTMENT));
		items.add(part("2", "工作队工作开展情况", 70));
		items.add(rated("2.1", "制定驻村工作计划和方案。", 5, "根据所驻村实际，制定工作队工作计划和年度工作方案。", TOWNSHIP_PARTY_COMMITTEE));
		items.add(group("2.2", "开展扶贫开发工作。", 30,
				"按照县（区）扶贫开发规划和安排，帮助贫困村编制发展规划和年度建设方案，计5分；协助落实好本村各项扶贫开发项目资金和政策措施，计20分；组织开展政策宣传2次以上，计2分；开展农民实用技术培训人次达到本村常住人口数量，计3分。"));
		items.add(rated("2.2.1", "帮助贫困村编制发展规划和年度建设方案", 5, "按照县（区）扶贫开发规划和安排，帮助贫困村编制发展规划和年度建设方案，计5分。",
				TOWNSHIP_PARTY_COMMITTEE));
		items.add(rated("2.2.2", "协助落实好本村各项扶贫开发项目资金和政策措施", 20, "协助落实好本村各项扶贫开发项目资金和政策措施，计20分。",
				COUNTY_POVERTY_OFFICE));
		items.add(line("2.2.3", "组织开展政策宣传", 2, "组织开展政策宣传2次以上，计2分。", RuleKind.THRESHOLD,
				EvidenceSource.POLICY_CAMPAIGNS, "threshold=2"));
		items.add(line("2.2.4", "开展农民实用技术培训", 3, "开展农民实用技术培训人次达到本村常住人口数量，计3分。", RuleKind.THRESHOLD,
				EvidenceSource.TRAINING_PERSON_TIMES, ""));
		items.add(group("2.3", "抓好基层组织建设。", 20,
				"指导村级班子建设，正常开展工作，计2分；指导村支部规范各项基层组织建设制度、坚持“三会一课”制度，计5分；指导、参与做好农村党员教育管理工作计3分；指导村级民主管理，村务、党务公开，计3分；发展村壮大村集体经济收入，增加1万元以上，计2分。"));
		items.add(rated("2.3.1", "指导村级班子建设", 2, "指导村级班子建设，正常开展工作，计2分。", TOWNSHIP_PARTY_COMMITTEE));
		items.add(rated("2.3.2", "指导村支部规范各项基层组织建设制度、坚持“三会一课”制度", 5, "指导村支部规范各项基层组织建设制度、坚持“三会一课”制度，计5分。",
				TOWNSHIP_PARTY_COMMITTEE));
		items.add(rated("2.3.3", "农村党员教育管理", 3, "指导、参与做好农村党员教育管理工作计3分。", TOWNSHIP_PARTY_COMMITTEE));
		items.add(rated("2.3.4", "村级民主管理，村务、党务公开", 3, "指导村级民主管理，村务、党务公开，计3分。", TOWNSHIP_PARTY_COMMITTEE));
		items.add(rated("2.3.5", "发展村壮大村集体经济收入，增加1万元以上", 2, "发展村壮大村集体经济收入，增加1万元以上，计2分。", TOWNSHIP_PARTY_COMMITTEE));
		items.add(group("2.4", "报送工作信息和工作总结。", 5,
				"及时向乡（镇）党委与相关组织、扶贫部门报送工作信息4次以上，计2分；分别于6月20日、11月30日前报送半年、全年工作总结，计3分。"));
		items.add(line("2.4.1", "报送工作信息4次以上", 2, "及时向乡（镇）党委与相关组织、扶贫部门报送工作信息4次以上，计2分。", RuleKind.THRESHOLD,
				EvidenceSource.WORK_INFO, "threshold=4"));
		items.add(line("2.4.2", "分别于6月20日、11月30日前报送半年、全年工作总结", 3, "分别于6月20日、11月30日前报送半年、全年工作总结，计3分。", RuleKind.THRESHOLD,
				EvidenceSource.SUMMARIES_ON_TIME, "threshold=2"));
		items.add(line("2.5", "工作队驻村情况。", 10, "工作队每年驻村达到240个工作日以上。缺岗1天扣0.5分，直至扣完该项赋分。",
				RuleKind.SHORTFALL_DEDUCTION, EvidenceSource.TEAM_DAYS, "required=240;rate=0.5"));
		items.add(part("3", "群众满意度", 10));
		items.add(line("3.1", "群众满意度评价", 10, "组织乡镇、村干部及党员、村民代表30人以上，听取工作队工作述职，对工作队驻村工作开展情况进行满意度测评。",
				RuleKind.SURVEY_SCALED, EvidenceSource.SATISFACTION, ""));
		items.add(bonusPart("4"));
		items.add(bonus("4.1", "创新性与亮点工作。", new BigDecimal(10),
				"地市级新闻媒体报道1次，加1分；自治区级新闻媒体报道1次，加2分；国家级新闻媒体报道1次，加3分。（累计不超过10分）",
				RuleKind.POINTS_PER_LEVEL, EvidenceSource.MEDIA, "NATIONAL=3;REGION=2;CITY=1"));
		items.add(bonus("4.2", "协调争取项目资金。", null,
				"协调争取社会资金、招商引资及本单位自有资金（不含各级部门行业资金）。党群部门及事业单位每争取1万元加0.1分。政府行政部门每争取2万元加0.1分。企业每争取3万元加0.1分。",
				RuleKind.PER_FULL_AMOUNT, EvidenceSource.FUNDS_SECURED,
				"points=0.1;PARTY_MASS_ORGANISATION=10000;PUBLIC_INSTITUTION=10000;GOVERNMENT_DEPARTMENT=20000;ENTERPRISE=30000;RESEARCH_OR_EDUCATION=10000;CENTRAL_AGENCY=20000"));
		return List.copyOf(items);
	}

	private static List<TemplateItem> annex2() {
		List<TemplateItem> items = new ArrayList<>();
		items.add(part("1", "履职情况", 70));
		items.add(line("1.1", "履行队长或第一书记职责情况", 70, "认真履行职责，按年度计划开展驻村工作，完成年度工作任务。量化工作任务，未完成一项扣1分。",
				RuleKind.DEDUCTION_PER_UNIT, EvidenceSource.UNDONE_TASKS, "rate=1"));
		items.add(part("2", "出勤情况", 5));
		items.add(line("2.1", "驻村时间", 5, "每月驻村20天以上，以工作日志和考勤记录为依据。无故缺勤1天扣0.2分，直至扣完该项赋分。",
				RuleKind.DEDUCTION_PER_UNIT, EvidenceSource.ABSENT_DAYS, "rate=0.2"));
		items.add(part("3", "纪律情况", 5));
		items.add(rated("3.1", "遵守各项纪律方面", 5, "守纪律、讲规矩，遵守各项管理规定，服从当地党委政府领导，没有发生违规违纪现象。", TOWNSHIP_PARTY_COMMITTEE));
		items.add(part("4", "创新工作", 5));
		items.add(rated("4.1", "工作创新、有亮点", 5, "工作有思路，善于创新，推进力度大，成效明显。由县（区）党委组织部、扶贫办、乡（镇）党委、村“两委”负责人、工作队员评分。",
				COUNTY_ORGANISATION_DEPARTMENT, COUNTY_POVERTY_OFFICE, TOWNSHIP_PARTY_COMMITTEE, VILLAGE_COMMITTEES, TEAM_MEMBERS));
		items.add(part("5", "发挥带头作用", 5));
		items.add(rated("5.1", "发挥示范带动作用", 5, "能够严格要求自己，以身作则，抓班子、带队伍，推进工作，带动、示范引领作用发挥好。",
				TOWNSHIP_PARTY_COMMITTEE));
		items.add(part("6", "群众满意度", 10));
		items.add(line("6.1", "群众满意度评价", 10, "组织村干部、党员、村民代表30人以上，进行满意度测评。以实际测评结果为准。", RuleKind.SURVEY_SCALED,
				EvidenceSource.SATISFACTION, ""));
		items.add(bonusPart("7"));
		personalBonus(items, "7");
		return List.copyOf(items);
	}

	private static List<TemplateItem> annex3() {
		List<TemplateItem> items = new ArrayList<>();
		items.add(part("1", "履职情况", 70));
		items.add(line("1.1", "履职情况", 70, "认真履行职责，按规定圆满完成驻村工作任务。量化工作任务，未完成一项扣1分。", RuleKind.DEDUCTION_PER_UNIT,
				EvidenceSource.UNDONE_TASKS, "rate=1"));
		items.add(part("2", "出勤情况", 10));
		items.add(line("2.1", "驻村时间", 10, "每月驻村达到20天以上，以工作日志和考勤记录为依据。无故缺勤1天扣0.2分，直至扣完该项赋分。",
				RuleKind.DEDUCTION_PER_UNIT, EvidenceSource.ABSENT_DAYS, "rate=0.2"));
		items.add(new TemplateItem("3", "纪律情况", null, "", null, null, null, null, false, null));
		items.add(rated("3.1", "廉洁自律情况", 5, "守纪律、讲规矩，没有发生违规违纪问题。", TOWNSHIP_PARTY_COMMITTEE));
		items.add(rated("3.2", "服从管理情况", 5, "服从工作队管理。由工作队长、村干部评分。", TEAM_LEADER, VILLAGE_CADRES));
		items.add(part("4", "群众满意度", 10));
		items.add(line("4.1", "群众满意度评价", 10, "组织村民代表20人以上，进行满意度测评。以实际测评结果为准。", RuleKind.SURVEY_SCALED,
				EvidenceSource.SATISFACTION, ""));
		items.add(bonusPart("5"));
		personalBonus(items, "5");
		return List.copyOf(items);
	}

	private static void personalBonus(List<TemplateItem> items, String part) {
		items.add(bonus(part + ".1", "理论文章", new BigDecimal(5), ARTICLES, RuleKind.POINTS_PER_LEVEL, EvidenceSource.ARTICLES,
				BY_LEVEL));
		items.add(bonus(part + ".2", "意见建议", new BigDecimal(5), SUGGESTIONS, RuleKind.POINTS_PER_LEVEL,
				EvidenceSource.SUGGESTIONS, BY_LEVEL));
		items.add(bonus(part + ".3", "领导批示", new BigDecimal(5), INSTRUCTIONS, RuleKind.POINTS_PER_LEVEL,
				EvidenceSource.INSTRUCTIONS, "NATIONAL=5;REGION=5;CITY=3;COUNTY=3"));
	}

	private static TemplateItem part(String code, String name, int maximum) {
		return new TemplateItem(code, name, BigDecimal.valueOf(maximum), "", null, null, null, null, false, null);
	}

	private static TemplateItem bonusPart(String code) {
		return new TemplateItem(code, "加分项", null, "", null, null, null, null, true, null);
	}

	private static TemplateItem group(String code, String name, int maximum, String rule) {
		return new TemplateItem(code, name, BigDecimal.valueOf(maximum), rule, null, null, null, null, false, null);
	}

	private static TemplateItem line(String code, String name, int maximum, String rule, RuleKind kind,
			EvidenceSource source, String params) {
		return new TemplateItem(code, name, BigDecimal.valueOf(maximum), rule, kind, source,
				TemplateItem.parseParams(params), null, false, null);
	}

	private static TemplateItem rated(String code, String name, int maximum, String rule, RaterKind... raters) {
		return new TemplateItem(code, name, BigDecimal.valueOf(maximum), rule, RuleKind.RATER_MEAN, EvidenceSource.RATERS,
				null, List.of(raters), false, null);
	}

	private static TemplateItem bonus(String code, String name, BigDecimal maximum, String rule, RuleKind kind,
			EvidenceSource source, String params) {
		return new TemplateItem(code, name, maximum, rule, kind, source, TemplateItem.parseParams(params), null, true, null);
	}

}
