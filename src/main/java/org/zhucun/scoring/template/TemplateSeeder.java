package org.zhucun.scoring.template;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zhucun.common.scope.SystemContext;

/** Stores the seed's Annex 1–3 as the region's default templates at start-up, once (SCO-A1/A2/A3). */
@Component
@Order(1)
class TemplateSeeder implements ApplicationRunner {

	private final TemplateService templates;

	TemplateSeeder(TemplateService templates) {
		this.templates = templates;
	}

	@Override
	public void run(ApplicationArguments args) {
		SystemContext.run("scoring templates", templates::seedDefaults);
	}

}
