package org.zhucun.attendance.checkin;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.common.security.Permission;
import org.zhucun.common.ui.MenuContributor;
import org.zhucun.common.ui.MenuItem;

@Component
class CheckinMenu implements MenuContributor {

	@Override
	public List<MenuItem> menuItems() {
		return List.of(
				new MenuItem(31, "menu.checkin", "/attendance/checkin", "geo-alt", Permission.CHECKIN_SUBMIT),
				new MenuItem(32, "menu.checkinCounties", "/attendance/checkin/counties", "toggle-on",
						Permission.CHECKIN_CONFIGURE));
	}

}
