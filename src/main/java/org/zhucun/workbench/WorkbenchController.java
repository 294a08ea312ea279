package org.zhucun.workbench;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhucun.common.ui.WorkbenchCard;
import org.zhucun.common.ui.WorkbenchContributor;

/** The workbench (工作台): the first page after login, with the cards that concern this user. */
@Controller
class WorkbenchController {

	private final List<WorkbenchContributor> contributors;

	WorkbenchController(List<WorkbenchContributor> contributors) {
		this.contributors = contributors;
	}

	@GetMapping("/")
	@PreAuthorize("hasAuthority('WORKBENCH')")
	String workbench(Authentication user, Model model) {
		model.addAttribute("cards", contributors.stream()
			.flatMap(c -> c.cards(user).stream())
			.sorted(Comparator.comparingInt(WorkbenchCard::order))
			.toList());
		return "workbench/workbench";
	}

}
