package org.zhucun.assessment.chain;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.zhucun.common.ui.WorkbenchCard;
import org.zhucun.common.ui.WorkbenchContributor;

/**
 * The workbench cards of the assessment: the assessments waiting for a step the user may sign (each
 * office's own step, ASM-1, ASM-2), and for the county the 优秀 limit used / allowed (ASM-6).
 */
@Component
class AssessmentCards implements WorkbenchContributor {

	private final AssessmentService service;

	AssessmentCards(AssessmentService service) {
		this.service = service;
	}

	@Override
	public List<WorkbenchCard> cards(Authentication user) {
		if (user.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals("ASSESSMENT_READ"))) {
			return List.of();
		}
		List<WorkbenchCard> cards = new java.util.ArrayList<>();
		List<Assessment> waiting = service.waitingForMe();
		if (!waiting.isEmpty()) {
			var lines = waiting.stream()
				.limit(5)
				.map(a -> new WorkbenchCard.Line(a.getQuarter() == 0 ? "assessment.card.lineAnnual" : "assessment.card.line",
						a.getPersonName(), String.valueOf(a.getYear()), String.valueOf(a.getQuarter()),
						service.actable(a).stream().map(service::label).collect(Collectors.joining("、"))))
				.toList();
			cards.add(new WorkbenchCard(40, "assessment.card.waiting", (long) waiting.size(), lines,
					waiting.size() == 1 ? "/assessment/" + waiting.get(0).getId() : "/assessment"));
		}
		if (user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ASSESSMENT_COUNTY_ORG"))) {
			service.quotaOfMyOffice()
				.ifPresent(q -> cards.add(new WorkbenchCard(41, "assessment.card.quota", null,
						List.of(new WorkbenchCard.Line("assessment.quota.usage", q.levelName(), String.valueOf(q.used()),
								String.valueOf(q.allowed()), q.arithmetic())),
						"/assessment/review")));
		}
		return cards;
	}

}
