package org.zhucun.survey.internal;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.zhucun.common.ui.WorkbenchCard;
import org.zhucun.common.ui.WorkbenchContributor;

/** SAT-1: the open surveys of the current year in the scope that have fewer valid votes than their minimum. */
@Component
class BelowMinimumCard implements WorkbenchContributor {

	private static final int LINES = 5;

	private final SurveyService service;

	BelowMinimumCard(SurveyService service) {
		this.service = service;
	}

	@Override
	public List<WorkbenchCard> cards(Authentication user) {
		if (user.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals("SURVEY_READ"))) {
			return List.of();
		}
		List<SurveyService.Row> below = service.belowMinimum();
		if (below.isEmpty()) {
			return List.of();
		}
		List<WorkbenchCard.Line> lines = below.stream()
			.limit(LINES)
			.map(r -> r.survey().getPersonId() == null
					? new WorkbenchCard.Line("survey.card.team", r.survey().getVillageName(),
							String.valueOf(r.result().validVotes()), String.valueOf(r.result().minimumRaters()))
					: new WorkbenchCard.Line("survey.card.person", r.survey().getPersonName(), r.survey().getVillageName(),
							String.valueOf(r.result().validVotes()), String.valueOf(r.result().minimumRaters())))
			.toList();
		return List.of(new WorkbenchCard(38, "survey.card.title", (long) below.size(), lines,
				"/surveys?year=" + service.today().getYear()));
	}

}
