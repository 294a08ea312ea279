package org.zhucun.assessment.chain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhucun.assessment.Grade;

/**
 * The annual computation of the user's scope in JSON (ASM-2, ASM-4, ASM-5, ASM-7): per person the
 * sheet's total and the best grade the rules allow, with each rule that lowered it in words.
 */
@RestController
@RequestMapping("/api/v1/assessments/annual-proposals")
@Tag(name = "Assessment")
class AnnualProposalApiController {

	private final AnnualProposals proposals;

	private final AssessmentService service;

	private final MessageSource messages;

	AnnualProposalApiController(AnnualProposals proposals, AssessmentService service, MessageSource messages) {
		this.proposals = proposals;
		this.service = service;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('ASSESSMENT_READ')")
	@Operation(summary = "Everyone posted within the scope in the year: quarterly grades, the sheet's total, the best grade the rules allow and why")
	List<Proposal> list(@RequestParam(required = false) Integer year) {
		int y = year == null ? service.today().getYear() : year;
		return proposals.ofYear(y).stream().map(this::proposal).toList();
	}

	private Proposal proposal(AnnualProposals.Line l) {
		var locale = LocaleContextHolder.getLocale();
		List<String> reasons = l.ceiling()
			.reasons()
			.stream()
			.map(r -> r.requirement() + " " + messages.getMessage(r.key(), r.argArray(), r.key(), locale))
			.toList();
		return new Proposal(l.personId(), l.personName(), l.quarterly(), l.ceiling().best(), reasons,
				l.sheet() == null ? null : l.sheet().total(), l.sheet() != null && l.sheet().complete(),
				l.dutyShare() == null ? null : l.dutyShare().percent(), l.dutyShare() != null && l.dutyShare().enough());
	}

	/** One person's line: {@code best} is the highest grade the rules allow; {@code reasons} why it is not higher. */
	record Proposal(long personId, String personName, Map<Integer, Grade> quarterly, Grade best, List<String> reasons,
			BigDecimal sheetTotal, boolean sheetComplete, BigDecimal dutyPercent, boolean dutyShareEnough) {
	}

}
