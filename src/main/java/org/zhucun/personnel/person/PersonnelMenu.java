package org.zhucun.personnel.person;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.common.security.Permission;
import org.zhucun.common.ui.MenuContributor;
import org.zhucun.common.ui.MenuItem;

@Component
class PersonnelMenu implements MenuContributor {

	@Override
	public List<MenuItem> menuItems() {
		return List.of(new MenuItem(20, "menu.personnel", "/personnel", "person", Permission.PERSON_READ));
	}

}
