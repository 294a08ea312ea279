package org.zhucun.scoring.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.common.security.Permission;
import org.zhucun.common.ui.MenuContributor;
import org.zhucun.common.ui.MenuItem;

/** The menu entries of the scoring sheets and templates (SCO-A1/A2/A3). */
@Component
class ScoringMenu implements MenuContributor {

	@Override
	public List<MenuItem> menuItems() {
		return List.of(new MenuItem(68, "menu.scoring", "/scoring", "clipboard-check", Permission.SCORING_READ),
				new MenuItem(69, "menu.scoring.templates", "/scoring/templates", "list-check", Permission.SCORING_READ));
	}

}
