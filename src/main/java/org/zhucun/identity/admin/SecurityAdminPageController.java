package org.zhucun.identity.admin;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.common.ui.Breadcrumb;
import org.zhucun.common.web.FormErrors;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.identity.Role;
import org.zhucun.identity.account.UserAccount;
import org.zhucun.identity.password.PasswordPolicyRepository;
import org.zhucun.identity.password.PasswordPolicyService;
import org.zhucun.identity.password.PasswordPolicyService.PolicyValues;

/** SEC-1: the security administrator's screens — accounts, active sessions, password policy. */
@Controller
class SecurityAdminPageController {

	private final AccountAdministration accounts;

	private final SessionTerminator sessions;

	private final PasswordPolicyRepository policies;

	private final PasswordPolicyService policyService;

	private final MessageSource messages;

	SecurityAdminPageController(AccountAdministration accounts, SessionTerminator sessions,
			PasswordPolicyRepository policies, PasswordPolicyService policyService, MessageSource messages) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.policies = policies;
		this.policyService = policyService;
		this.messages = messages;
	}

	@GetMapping("/security/accounts")
	@PreAuthorize("hasAuthority('ACCOUNT_READ')")
	String list(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("accounts", accounts.list(q));
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("menu.accounts", "/security/accounts")));
		return "identity/accounts";
	}

	@GetMapping("/security/accounts/new")
	@PreAuthorize("hasAuthority('ACCOUNT_WRITE')")
	String newAccount(Model model) {
		model.addAttribute("command", AccountCommand.empty());
		return formView(model);
	}

	@PostMapping("/security/accounts")
	@PreAuthorize("hasAuthority('ACCOUNT_WRITE')")
	String create(@Valid @ModelAttribute("command") AccountCommand command, BindingResult result, Model model,
			HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				String temporary = accounts.create(command);
				return secretView(model, command.username(), temporary);
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return formView(model);
	}

	@PostMapping("/security/accounts/{id}/reset-password")
	@PreAuthorize("hasAuthority('ACCOUNT_WRITE')")
	String resetPassword(@PathVariable long id, Model model) {
		UserAccount account = accounts.get(id);
		return secretView(model, account.getUsername(), accounts.resetPassword(id));
	}

	@PostMapping("/security/accounts/{id}/disable")
	@PreAuthorize("hasAuthority('ACCOUNT_WRITE')")
	String disable(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", text("account.disabled", accounts.disable(id).getUsername()));
		return "redirect:/security/accounts";
	}

	@PostMapping("/security/accounts/{id}/enable")
	@PreAuthorize("hasAuthority('ACCOUNT_WRITE')")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", text("account.enabled", accounts.enable(id).getUsername()));
		return "redirect:/security/accounts";
	}

	@PostMapping("/security/accounts/{id}/unlock")
	@PreAuthorize("hasAuthority('ACCOUNT_WRITE')")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", text("account.unlocked", accounts.unlock(id).getUsername()));
		return "redirect:/security/accounts";
	}

	@GetMapping("/security/sessions")
	@PreAuthorize("hasAuthority('ACCOUNT_READ')")
	String sessions(Model model) {
		model.addAttribute("sessions", sessions.active());
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("menu.sessions", "/security/sessions")));
		return "identity/sessions";
	}

	@PostMapping("/security/sessions/{handle}/end")
	@PreAuthorize("hasAuthority('ACCOUNT_WRITE')")
	String endSession(@PathVariable String handle, RedirectAttributes redirect) {
		if (accounts.endSession(handle)) {
			redirect.addFlashAttribute("flash", text("session.ended"));
		}
		return "redirect:/security/sessions";
	}

	@PostMapping("/security/accounts/{id}/reset-second-factor")
	@PreAuthorize("hasAuthority('ACCOUNT_WRITE')")
	String resetSecondFactor(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", text("account.secondFactorReset", accounts.resetSecondFactor(id).getUsername()));
		return "redirect:/security/accounts";
	}

	@GetMapping("/security/policy")
	@PreAuthorize("hasAuthority('ACCOUNT_READ')")
	String policy(Model model) {
		model.addAttribute("values", PolicyValues.of(policies.current()));
		return policyView(model);
	}

	@PostMapping("/security/policy")
	@PreAuthorize("hasAuthority('ACCOUNT_WRITE')")
	String updatePolicy(@ModelAttribute("values") PolicyValues values, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				policyService.update(values);
				redirect.addFlashAttribute("flash", text("common.saved"));
				return "redirect:/security/policy";
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return policyView(model);
	}

	private String formView(Model model) {
		model.addAttribute("roles", List.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN, Role.DISPATCHED_CADRE));
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("menu.accounts", "/security/accounts"),
				Breadcrumb.key("account.new.title", null)));
		return "identity/account-form";
	}

	private String secretView(Model model, String username, String temporary) {
		model.addAttribute("username", username);
		model.addAttribute("temporary", temporary);
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("menu.accounts", "/security/accounts"),
				Breadcrumb.key("account.temporary.title", null)));
		return "identity/account-secret";
	}

	private String policyView(Model model) {
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("menu.policy", "/security/policy")));
		return "identity/policy";
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
