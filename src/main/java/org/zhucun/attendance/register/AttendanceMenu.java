package org.zhucun.attendance.register;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.common.security.Permission;
import org.zhucun.common.ui.MenuContributor;
import org.zhucun.common.ui.MenuItem;

@Component
class AttendanceMenu implements MenuContributor {

	@Override
	public List<MenuItem> menuItems() {
		return List.of(new MenuItem(30, "menu.attendance", "/attendance/register", "calendar-check",
				Permission.ATTENDANCE_READ),
				new MenuItem(31, "menu.attendanceReport", "/attendance/report", "bar-chart", Permission.ATTENDANCE_READ),
				new MenuItem(32, "menu.presence", "/attendance/presence", "geo", Permission.PRESENCE_REGISTER));
	}

}
