package org.zhucun.assessment.chain;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.common.security.Permission;
import org.zhucun.common.ui.MenuContributor;
import org.zhucun.common.ui.MenuItem;

@Component
class AssessmentMenu implements MenuContributor {

	@Override
	public List<MenuItem> menuItems() {
		return List.of(new MenuItem(70, "menu.assessment", "/assessment", "person-check", Permission.ASSESSMENT_READ),
				new MenuItem(71, "menu.assessment.use", "/assessment/use", "trophy", Permission.ASSESSMENT_READ),
				new MenuItem(72, "menu.assessment.subsidy", "/assessment/subsidy", "cash-coin", Permission.ASSESSMENT_READ));
	}

}
