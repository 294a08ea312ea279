package org.zhucun.personnel.publication;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.zhucun.common.security.Permission;
import org.zhucun.common.ui.MenuContributor;
import org.zhucun.common.ui.MenuItem;
import org.zhucun.common.ui.WorkbenchCard;
import org.zhucun.common.ui.WorkbenchContributor;

/** CON-1: the township's commitments waiting for approval, on the workbench and in the menu. */
@Component
class CommitmentsPendingCard implements WorkbenchContributor, MenuContributor {

	private final PublicationService publication;

	CommitmentsPendingCard(PublicationService publication) {
		this.publication = publication;
	}

	@Override
	public List<WorkbenchCard> cards(Authentication user) {
		if (user.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals(Permission.COMMITMENT_APPROVE.name()))) {
			return List.of();
		}
		long waiting = publication.pending().size();
		return List.of(new WorkbenchCard(25, "workbench.card.commitmentsPending", waiting,
				List.of(new WorkbenchCard.Line("workbench.card.commitmentsPending.line")), "/personnel/commitments"));
	}

	@Override
	public List<MenuItem> menuItems() {
		return List.of(new MenuItem(45, "menu.commitments", "/personnel/commitments", "check", Permission.COMMITMENT_APPROVE));
	}

}
