package org.zhucun.evidence.record;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.common.security.Permission;
import org.zhucun.common.ui.MenuContributor;
import org.zhucun.common.ui.MenuItem;

@Component
class EvidenceMenu implements MenuContributor {

	@Override
	public List<MenuItem> menuItems() {
		return List.of(new MenuItem(64, "menu.evidence", "/evidence", "award", Permission.EVIDENCE_READ));
	}

}
