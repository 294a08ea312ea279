package org.zhucun.unitduty.record;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.zhucun.common.ui.WorkbenchCard;
import org.zhucun.common.ui.WorkbenchContributor;

/**
 * MTG-2: the teams of the scope whose unit head last visited longer ago than the policy allows (or
 * never since the unit's people were posted there), on the workbench of the unit and the county.
 */
@Component
class HeadVisitOverdueCard implements WorkbenchContributor {

	private final UnitDutyService duties;

	HeadVisitOverdueCard(UnitDutyService duties) {
		this.duties = duties;
	}

	@Override
	public List<WorkbenchCard> cards(Authentication user) {
		if (user.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals("UNIT_DUTY_READ"))) {
			return List.of();
		}
		var overdue = duties.statuses().stream().filter(s -> s.status().headOverdue()).toList();
		if (overdue.isEmpty()) {
			return List.of();
		}
		var lines = overdue.stream()
			.map(s -> new WorkbenchCard.Line(
					s.status().head().lastVisit() == null ? "unitduty.card.line.never" : "unitduty.card.line",
					s.team().unit().name(), s.team().village().name(),
					String.valueOf(s.status().head().lastVisit()), s.status().head().dueBy().toString()))
			.toList();
		return List.of(new WorkbenchCard(35, "unitduty.card.title", (long) overdue.size(), lines, "/unit-duties"));
	}

}
