package org.zhucun.identity.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.common.ui.Breadcrumb;
import org.zhucun.common.web.FormErrors;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.identity.account.AccountPrincipal;
import org.zhucun.identity.password.PasswordPolicyRepository;
import org.zhucun.identity.password.PasswordService;

/** SEC-2: the page where a user changes their own password (forced after an initial or reset one). */
@Controller
class PasswordChangeController {

	private final PasswordService passwords;

	private final PasswordPolicyRepository policies;

	private final MessageSource messages;

	PasswordChangeController(PasswordService passwords, PasswordPolicyRepository policies, MessageSource messages) {
		this.passwords = passwords;
		this.policies = policies;
		this.messages = messages;
	}

	@GetMapping("/account/password")
	String form(Model model) {
		model.addAttribute("form", new PasswordChangeForm(null, null, null));
		return view(model);
	}

	@PostMapping("/account/password")
	String change(@AuthenticationPrincipal AccountPrincipal principal, @ModelAttribute("form") PasswordChangeForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			passwords.changeOwn(principal.accountId(), form.currentPassword(), form.newPassword(),
					form.confirmPassword());
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return view(model);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("password.changed", null, LocaleContextHolder.getLocale()));
		return "redirect:/";
	}

	private String view(Model model) {
		model.addAttribute("policy", policies.current());
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("password.title", null)));
		return "identity/password";
	}

	/** The three fields of the form; never logged (toString shows none of them). */
	record PasswordChangeForm(String currentPassword, String newPassword, String confirmPassword) {

		@Override
		public String toString() {
			return "PasswordChangeForm[***]";
		}

	}

}
