package org.zhucun.personnel.assignment;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.common.ui.WorkbenchCard;
import org.zhucun.common.ui.WorkbenchContributor;

/** PER-2: terms ending within the warning window (default 60 days) on the workbench. */
@Component
class TermsEndingCard implements WorkbenchContributor {

	private final AssignmentService assignments;

	private final int days;

	private final DataScopeProvider scopes;

	TermsEndingCard(AssignmentService assignments, @Value("${zhucun.policy.term-warning-days:60}") int days,
			DataScopeProvider scopes) {
		this.assignments = assignments;
		this.scopes = scopes;
		this.days = days;
	}

	@Override
	public List<WorkbenchCard> cards(Authentication user) {
		if (user.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals("PERSON_READ"))
				|| scopes.currentScope().isOwnRecordOnly()) {
			return List.of();
		}
		var ending = assignments.endingWithin(days);
		return List.of(new WorkbenchCard(20, "workbench.card.termsEnding", (long) ending.size(),
				List.of(new WorkbenchCard.Line("workbench.card.termsEnding.line", days)), "/personnel"));
	}

}
