package org.zhucun.printing.blank;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.common.security.Permission;
import org.zhucun.common.ui.MenuContributor;
import org.zhucun.common.ui.MenuItem;

@Component
class PrintingMenu implements MenuContributor {

	@Override
	public List<MenuItem> menuItems() {
		return List.of(new MenuItem(70, "menu.printing", "/printing/forms", "printer", Permission.PRINT_BATCH));
	}

}
