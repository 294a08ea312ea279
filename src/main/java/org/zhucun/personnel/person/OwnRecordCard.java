package org.zhucun.personnel.person;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.zhucun.common.ui.WorkbenchCard;
import org.zhucun.common.ui.WorkbenchContributor;

/** PER-2: a linked cadre's workbench shows the way to their own record. */
@Component
class OwnRecordCard implements WorkbenchContributor {

	private final PersonService people;

	OwnRecordCard(PersonService people) {
		this.people = people;
	}

	@Override
	public List<WorkbenchCard> cards(Authentication user) {
		return people.own()
			.map(p -> List.of(new WorkbenchCard(2, "workbench.card.ownRecord", null,
					List.of(new WorkbenchCard.Line("workbench.card.ownRecord.line", p.getName())), "/personnel/" + p.getId())))
			.orElse(List.of());
	}

}
