package org.zhucun.leave.request;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.common.security.Permission;
import org.zhucun.common.ui.MenuContributor;
import org.zhucun.common.ui.MenuItem;

@Component
class LeaveMenu implements MenuContributor {

	@Override
	public List<MenuItem> menuItems() {
		return List.of(new MenuItem(30, "menu.leave", "/leave", "calendar-x", Permission.LEAVE_READ));
	}

}
