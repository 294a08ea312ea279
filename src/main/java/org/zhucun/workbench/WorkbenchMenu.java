package org.zhucun.workbench;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.common.security.Permission;
import org.zhucun.common.ui.MenuContributor;
import org.zhucun.common.ui.MenuItem;

@Component
class WorkbenchMenu implements MenuContributor {

	@Override
	public List<MenuItem> menuItems() {
		return List.of(new MenuItem(0, "menu.workbench", "/", "house", Permission.WORKBENCH));
	}

}
