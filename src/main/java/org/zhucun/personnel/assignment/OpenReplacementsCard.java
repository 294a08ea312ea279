package org.zhucun.personnel.assignment;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.common.ui.WorkbenchCard;
import org.zhucun.common.ui.WorkbenchContributor;

/** PER-4: withdrawals waiting for a successor, on the workbench of the county and of the unit. */
@Component
class OpenReplacementsCard implements WorkbenchContributor {

	private final AssignmentService assignments;

	private final DataScopeProvider scopes;

	OpenReplacementsCard(AssignmentService assignments, DataScopeProvider scopes) {
		this.scopes = scopes;
		this.assignments = assignments;
	}

	@Override
	public List<WorkbenchCard> cards(Authentication user) {
		if (user.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals("PERSON_READ"))
				|| scopes.currentScope().isOwnRecordOnly()) {
			return List.of();
		}
		var open = assignments.openReplacements();
		if (open.isEmpty()) {
			return List.of();
		}
		return List.of(new WorkbenchCard(21, "workbench.card.openReplacements", (long) open.size(),
				open.stream().map(a -> new WorkbenchCard.Line("workbench.card.openReplacements.line",
						assignments.villageName(a), a.getEndedOn())).toList(), "/personnel"));
	}

}
