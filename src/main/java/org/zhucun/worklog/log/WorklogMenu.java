package org.zhucun.worklog.log;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.common.security.Permission;
import org.zhucun.common.ui.MenuContributor;
import org.zhucun.common.ui.MenuItem;

/** 工作日志: the cadre's own log, or for the offices the logs of their people (LOG-1/2). */
@Component
class WorklogMenu implements MenuContributor {

	@Override
	public List<MenuItem> menuItems() {
		return List.of(new MenuItem(33, "menu.worklog", "/worklog", "journal-text", Permission.WORKLOG_WRITE),
				new MenuItem(34, "menu.worklog", "/worklog", "journal-text", Permission.WORKLOG_READ));
	}

}
