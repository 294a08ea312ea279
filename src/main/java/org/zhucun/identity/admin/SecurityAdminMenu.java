package org.zhucun.identity.admin;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.common.security.Permission;
import org.zhucun.common.ui.MenuContributor;
import org.zhucun.common.ui.MenuItem;

@Component
class SecurityAdminMenu implements MenuContributor {

	@Override
	public List<MenuItem> menuItems() {
		return List.of(new MenuItem(80, "menu.accounts", "/security/accounts", "people", Permission.ACCOUNT_READ),
				new MenuItem(81, "menu.sessions", "/security/sessions", "clock", Permission.ACCOUNT_READ),
				new MenuItem(82, "menu.policy", "/security/policy", "key", Permission.ACCOUNT_READ));
	}

}
