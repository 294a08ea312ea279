package org.zhucun.supervision.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.common.security.Permission;
import org.zhucun.common.ui.MenuContributor;
import org.zhucun.common.ui.MenuItem;

@Component
class SupervisionMenu implements MenuContributor {

	@Override
	public List<MenuItem> menuItems() {
		return List.of(new MenuItem(41, "menu.training", "/training", "mortarboard", Permission.TRAINING_READ),
				new MenuItem(42, "menu.supervision", "/supervision", "clipboard-check", Permission.SUPERVISION_READ));
	}

}
