package org.zhucun.identity.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page. A logged-in user who opens it is sent to the workbench. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(Authentication authentication) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		return "identity/login";
	}

}
