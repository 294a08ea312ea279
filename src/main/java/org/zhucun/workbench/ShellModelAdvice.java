package org.zhucun.workbench;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.zhucun.common.ui.MenuContributor;
import org.zhucun.common.ui.MenuItem;

/** Puts the side menu (only the entries the user's permissions allow) and the request path on every page. */
@ControllerAdvice(annotations = Controller.class)
class ShellModelAdvice {

	private final List<MenuItem> allItems;

	ShellModelAdvice(List<MenuContributor> contributors) {
		this.allItems = contributors.stream()
			.flatMap(c -> c.menuItems().stream())
			.sorted(Comparator.comparingInt(MenuItem::order))
			.toList();
	}

	@ModelAttribute("menu")
	List<MenuItem> menu(Authentication authentication) {
		if (authentication == null) {
			return List.of();
		}
		Set<String> granted = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		return allItems.stream().filter(i -> granted.contains(i.permission().name())).toList();
	}

	@ModelAttribute("requestPath")
	String requestPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
