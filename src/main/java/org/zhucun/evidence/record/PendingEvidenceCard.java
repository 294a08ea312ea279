package org.zhucun.evidence.record;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.zhucun.common.ui.WorkbenchCard;
import org.zhucun.common.ui.WorkbenchContributor;

/** Annex 1–3: bonus evidence of the scope's villages waiting for the township's or county's verification. */
@Component
class PendingEvidenceCard implements WorkbenchContributor {

	private final EvidenceService service;

	PendingEvidenceCard(EvidenceService service) {
		this.service = service;
	}

	@Override
	public List<WorkbenchCard> cards(Authentication user) {
		if (user.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals("EVIDENCE_VERIFY"))) {
			return List.of();
		}
		long pending = service.pendingCount();
		return pending == 0 ? List.of()
				: List.of(new WorkbenchCard(36, "evidence.card.title", pending, List.of(), "/evidence"));
	}

}
