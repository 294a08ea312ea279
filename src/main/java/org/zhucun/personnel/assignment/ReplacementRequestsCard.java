package org.zhucun.personnel.assignment;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.common.ui.WorkbenchCard;
import org.zhucun.common.ui.WorkbenchContributor;

/**
 * PER-4, ATT-6: the replacement requests rules opened, on the workbench of the county organisation
 * department and of the dispatching unit (Art. 12: both are notified), until the person is withdrawn.
 */
@Component
class ReplacementRequestsCard implements WorkbenchContributor {

	private final JpaReplacementRequests requests;

	private final AssignmentService assignments;

	private final DataScopeProvider scopes;

	ReplacementRequestsCard(JpaReplacementRequests requests, AssignmentService assignments, DataScopeProvider scopes) {
		this.requests = requests;
		this.assignments = assignments;
		this.scopes = scopes;
	}

	@Override
	public List<WorkbenchCard> cards(Authentication user) {
		if (user.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals("PERSON_WRITE"))
				|| scopes.currentScope().isOwnRecordOnly()) {
			return List.of();
		}
		var open = requests.openInScope();
		if (open.isEmpty()) {
			return List.of();
		}
		return List.of(new WorkbenchCard(19, "workbench.card.replacementRequests", (long) open.size(),
				open.stream()
					.map(r -> new WorkbenchCard.Line("workbench.card.replacementRequests.line", assignments.personNameOf(r),
							assignments.villageNameOf(r.getVillageNodeId()), r.getReason()))
					.toList(),
				"/personnel"));
	}

}
