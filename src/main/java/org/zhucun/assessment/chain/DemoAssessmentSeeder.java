package org.zhucun.assessment.chain;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zhucun.assessment.Grade;
import org.zhucun.assessment.rules.AssessmentKind;
import org.zhucun.assessment.rules.Step;
import org.zhucun.common.security.ActingAs;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.personnel.ActivePostings;

/**
 * Demo profile only: quarterly assessments of 石嘴村's people in the current year at various steps,
 * each signed by the demo account of its office: the first quarter complete for all three (李振华
 * 优秀), the second complete for 李振华 and 王秀英 and waiting for 王建国's own opinion (his first, in the
 * first quarter of a year), the third of
 * 李振华 waiting for the township and of 王秀英 for the village branch. 王建国's later quarters are
 * left for him to begin.
 */
@Component
@Profile("demo")
@Order(30)
class DemoAssessmentSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAssessmentSeeder.class);

	private final AssessmentService service;

	private final AssessmentRepository assessments;

	private final ActingAs acting;

	private final OrganisationDirectory organisation;

	private final ActivePostings postings;

	DemoAssessmentSeeder(AssessmentService service, AssessmentRepository assessments, ActingAs acting,
			OrganisationDirectory organisation, ActivePostings postings) {
		this.service = service;
		this.assessments = assessments;
		this.acting = acting;
		this.organisation = organisation;
		this.postings = postings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (assessments.count() > 0) {
			return;
		}
		int year = service.today().getYear();
		int current = service.currentQuarter();
		long li = person("李振华");
		long xiu = person("王秀英");
		long wang = person("王建国");
		assess(li, year, 1, Step.COUNTY_POVERTY, Grade.EXCELLENT);
		assess(xiu, year, 1, Step.COUNTY_POVERTY, Grade.COMPETENT);
		// 王建国's latest begun quarter waits for his own opinion
		assess(wang, year, 1, current == 1 ? Step.TOWNSHIP : Step.COUNTY_POVERTY, Grade.COMPETENT);
		if (current >= 2) {
			assess(li, year, 2, Step.COUNTY_POVERTY, Grade.EXCELLENT);
			assess(xiu, year, 2, Step.COUNTY_POVERTY, Grade.COMPETENT);
			assess(wang, year, 2, Step.TOWNSHIP, Grade.COMPETENT);
		}
		if (current >= 3) {
			assess(li, year, 3, Step.VILLAGE, null);
			assess(xiu, year, 3, Step.SUMMARY, null);
		}
		log.info("Demo quarterly assessments loaded for 石嘴村");
	}

	/** Starts the quarter's assessment and signs its steps up to {@code last}, each by its office. */
	private void assess(long personId, int year, int quarter, Step last, Grade grade) {
		Assessment a = acting.as("yueyahu-xz", () -> service.start(personId, AssessmentKind.QUARTERLY, year, quarter));
		for (Step step : AssessmentKind.QUARTERLY.steps()) {
			String user = switch (step) {
				case SUMMARY, PERSON -> "yueyahu-xz";
				case VILLAGE -> "yueyahu-cun1";
				case TOWNSHIP -> "yueyahu-xz";
				case COUNTY_ORG -> "shahu-zzb";
				case COUNTY_POVERTY -> "shahu-fpb";
				case UNIT -> "caizheng-dw";
			};
			String text = OPINIONS.get(AssessmentKind.QUARTERLY.steps().indexOf(step));
			acting.as(user, () -> service.sign(a.getId(),
					new AssessmentService.SignCommand(step, null, text, step == Step.TOWNSHIP ? grade : null)));
			if (step == last) {
				return;
			}
		}
	}

	private static final List<String> OPINIONS = List.of(
			"本季度走访农户 46 户，协调枸杞种植技术培训 2 期，推动村道硬化项目开工，按时报送季度报告。（据纸质登记表录入）",
			"该同志驻村扎实，群众认可，同意。", "工作实绩突出，同意评定等次。", "无异议。（据纸质登记表录入）", "同意乡镇党委意见。",
			"同意。");

	/** A person posted in 石嘴村 by name. */
	private long person(String name) {
		long village = organisation.villageByCode("641101001001").orElseThrow().id();
		return postings.inVillages(List.of(village))
			.stream()
			.filter(p -> p.personName().equals(name))
			.findFirst()
			.orElseThrow()
			.personId();
	}

}
