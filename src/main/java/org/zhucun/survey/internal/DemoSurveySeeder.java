package org.zhucun.survey.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zhucun.common.security.ActingAs;

/**
 * Demo profile only: 月牙湖乡 sets up the current year's surveys of its people and teams. 石嘴村's
 * work team has its paper tallies (valid); a first secretary or team leader has online votes and a
 * paper tally (valid); one member has 19 valid votes of the 20 required (not valid, on the
 * workbench); another member is valid; one survey has unused codes whose slips can be printed.
 */
@Component
@Profile("demo")
@Order(22)
class DemoSurveySeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSurveySeeder.class);

	private final SurveyService service;

	private final VotingService voting;

	private final SurveyRepository surveys;

	private final ActingAs acting;

	DemoSurveySeeder(SurveyService service, VotingService voting, SurveyRepository surveys, ActingAs acting) {
		this.service = service;
		this.voting = voting;
		this.surveys = surveys;
		this.acting = acting;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (surveys.count() > 0) {
			return;
		}
		acting.as("yueyahu-xz", () -> {
			int year = service.today().getYear();
			service.setUpYear(year);
			List<Survey> all = service.list(year).stream().map(SurveyService.Row::survey).toList();
			all.stream().filter(s -> s.getSubject() == SurveySubject.TEAM).findFirst().ifPresent(team -> {
				service.enterTally(team.getId(), RaterGroup.TOWNSHIP_CADRES, 5, 1, 0);
				service.enterTally(team.getId(), RaterGroup.VILLAGE_CADRES, 6, 1, 0);
				service.enterTally(team.getId(), RaterGroup.PARTY_MEMBERS, 8, 2, 0);
				service.enterTally(team.getId(), RaterGroup.VILLAGER_REPRESENTATIVES, 7, 1, 1);
			});
			all.stream().filter(s -> s.getSubject() == SurveySubject.LEADER).findFirst().ifPresent(leader -> {
				service.generateCodes(leader.getId(), RaterGroup.PARTY_MEMBERS, 5)
					.forEach(slip -> voting.vote(slip.code(), Answer.SATISFIED, "demo"));
				service.enterTally(leader.getId(), RaterGroup.VILLAGER_REPRESENTATIVES, 20, 4, 1);
				service.generateCodes(leader.getId(), RaterGroup.VILLAGE_CADRES, 10);
			});
			List<Survey> members = all.stream().filter(s -> s.getSubject() == SurveySubject.MEMBER).toList();
			if (!members.isEmpty()) {
				service.enterTally(members.get(0).getId(), RaterGroup.VILLAGER_REPRESENTATIVES, 16, 2, 1);
			}
			if (members.size() > 1) {
				service.enterTally(members.get(1).getId(), RaterGroup.VILLAGER_REPRESENTATIVES, 19, 3, 0);
			}
			return null;
		});
		log.info("Demo satisfaction surveys loaded for 月牙湖乡");
	}

}
