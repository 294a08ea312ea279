package org.zhucun.organisation.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.common.security.Permission;
import org.zhucun.common.ui.MenuContributor;
import org.zhucun.common.ui.MenuItem;

@Component
class OrganisationMenu implements MenuContributor {

	@Override
	public List<MenuItem> menuItems() {
		return List.of(new MenuItem(10, "menu.tree", "/org/tree", "diagram", Permission.ORG_TREE_READ),
				new MenuItem(11, "menu.units", "/org/units", "building", Permission.UNIT_READ),
				new MenuItem(12, "menu.offices", "/org/offices", "people", Permission.OFFICE_READ),
				new MenuItem(13, "menu.import", "/org/import", "upload", Permission.ORG_IMPORT));
	}

}
