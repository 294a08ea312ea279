package org.zhucun.unitduty.record;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.common.security.Permission;
import org.zhucun.common.ui.MenuContributor;
import org.zhucun.common.ui.MenuItem;

@Component
class UnitDutyMenu implements MenuContributor {

	@Override
	public List<MenuItem> menuItems() {
		return List.of(new MenuItem(62, "menu.unitduty", "/unit-duties", "building-check", Permission.UNIT_DUTY_READ));
	}

}
