package org.zhucun.survey.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.common.security.Permission;
import org.zhucun.common.ui.MenuContributor;
import org.zhucun.common.ui.MenuItem;

@Component
class SurveyMenu implements MenuContributor {

	@Override
	public List<MenuItem> menuItems() {
		return List.of(new MenuItem(66, "menu.survey", "/surveys", "emoji-smile", Permission.SURVEY_READ));
	}

}
