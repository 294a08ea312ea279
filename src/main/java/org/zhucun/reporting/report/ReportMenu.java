package org.zhucun.reporting.report;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.common.security.Permission;
import org.zhucun.common.ui.MenuContributor;
import org.zhucun.common.ui.MenuItem;

@Component
class ReportMenu implements MenuContributor {

	@Override
	public List<MenuItem> menuItems() {
		return List.of(new MenuItem(34, "menu.reports", "/reports", "file-earmark-text", Permission.REPORT_WRITE),
				new MenuItem(35, "menu.reports", "/reports", "file-earmark-text", Permission.REPORT_RECEIVE),
				new MenuItem(36, "menu.meetings", "/meetings", "people", Permission.MEETING_WRITE));
	}

}
