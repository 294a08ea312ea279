package org.zhucun.identity.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.zhucun.common.ui.WorkbenchCard;
import org.zhucun.common.ui.WorkbenchContributor;
import org.zhucun.identity.Role;
import org.zhucun.identity.account.AccountPrincipal;

/** Workbench cards about the user themself: their account, and what each administrator is for. */
@Component
class AccountWorkbenchCards implements WorkbenchContributor {

	@Override
	public List<WorkbenchCard> cards(Authentication user) {
		if (!(user.getPrincipal() instanceof AccountPrincipal principal)) {
			return List.of();
		}
		var account = principal.account();
		List<WorkbenchCard> cards = new ArrayList<>();
		List<WorkbenchCard.Line> lines = new ArrayList<>();
		account.roles().stream().sorted().forEach(r -> lines.add(new WorkbenchCard.Line("workbench.card.account.role",
				new org.springframework.context.support.DefaultMessageSourceResolvable(r.messageKey()))));
		if (account.officeName() != null) {
			lines.add(new WorkbenchCard.Line("workbench.card.account.office", account.officeName()));
		}
		cards.add(new WorkbenchCard(0, "workbench.card.account", null, lines, null));
		if (account.has(Role.DISPATCHED_CADRE) && account.personId() == null) {
			cards.add(new WorkbenchCard(1, "workbench.card.cadre", null,
					List.of(new WorkbenchCard.Line("workbench.card.cadre.pending")), null));
		}
		if (account.has(Role.SYSTEM_ADMIN)) {
			cards.add(new WorkbenchCard(1, "workbench.card.admin.system", null,
					List.of(new WorkbenchCard.Line("workbench.card.admin.system.line")), "/org/tree"));
		}
		if (account.has(Role.SECURITY_ADMIN)) {
			cards.add(new WorkbenchCard(1, "workbench.card.admin.security", null,
					List.of(new WorkbenchCard.Line("workbench.card.admin.security.line")), null));
		}
		if (account.has(Role.AUDIT_ADMIN)) {
			cards.add(new WorkbenchCard(1, "workbench.card.admin.audit", null,
					List.of(new WorkbenchCard.Line("workbench.card.admin.audit.line")), null));
		}
		return cards;
	}

}
