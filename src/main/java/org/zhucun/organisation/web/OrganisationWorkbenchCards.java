package org.zhucun.organisation.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.zhucun.common.security.Permission;
import org.zhucun.common.ui.WorkbenchCard;
import org.zhucun.common.ui.WorkbenchContributor;
import org.zhucun.organisation.NodeLevel;
import org.zhucun.organisation.tree.OrgNode;
import org.zhucun.organisation.tree.OrgTreeService;
import org.zhucun.organisation.unit.DispatchingUnitService;

/** Workbench cards: the user's part of the tree in figures, and the dispatching units they see. */
@Component
class OrganisationWorkbenchCards implements WorkbenchContributor {

	private final OrgTreeService tree;

	private final DispatchingUnitService units;

	OrganisationWorkbenchCards(OrgTreeService tree, DispatchingUnitService units) {
		this.tree = tree;
		this.units = units;
	}

	@Override
	public List<WorkbenchCard> cards(Authentication user) {
		List<WorkbenchCard> cards = new ArrayList<>();
		if (has(user, Permission.ORG_TREE_READ)) {
			List<OrgNode> nodes = tree.allVisible();
			long townships = nodes.stream().filter(n -> n.isActive() && n.getLevel() == NodeLevel.TOWNSHIP).count();
			List<OrgNode> villages = nodes.stream().filter(n -> n.isActive() && n.isVillage()).toList();
			long receiving = villages.stream().filter(n -> n.getVillageProfile().receivesPersonnel()).count();
			cards.add(new WorkbenchCard(10, "workbench.card.orgScope", (long) villages.size(),
					List.of(new WorkbenchCard.Line("workbench.card.orgScope.line", townships, villages.size(), receiving)),
					"/org/tree"));
		}
		if (has(user, Permission.UNIT_READ)) {
			cards.add(new WorkbenchCard(11, "workbench.card.units",
					units.search(null, null, Pageable.ofSize(1)).getTotalElements(), List.of(), "/org/units"));
		}
		return cards;
	}

	private static boolean has(Authentication user, Permission permission) {
		return user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(permission.name()));
	}

}
