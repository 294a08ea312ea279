package org.zhucun.calendar.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.common.security.Permission;
import org.zhucun.common.ui.MenuContributor;
import org.zhucun.common.ui.MenuItem;

@Component
class CalendarMenu implements MenuContributor {

	@Override
	public List<MenuItem> menuItems() {
		return List.of(new MenuItem(60, "menu.calendar", "/calendar", "calendar", Permission.CALENDAR_READ));
	}

}
