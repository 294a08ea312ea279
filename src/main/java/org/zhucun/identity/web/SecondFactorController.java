package org.zhucun.identity.web;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhucun.audit.AuditAction;
import org.zhucun.audit.AuditEvent;
import org.zhucun.audit.AuditTrail;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.identity.account.AccountPrincipal;
import org.zhucun.identity.password.LoginThrottle;
import org.zhucun.identity.password.PasswordPolicyRepository;
import org.zhucun.common.ui.QrCode;
import org.zhucun.identity.totp.SecondFactorService;
import org.zhucun.identity.totp.Totp;

/**
 * SEC-4 pages: the code asked after the password, and the enrolment of an authenticator app (QR
 * code, then a code to prove it, then the recovery codes shown once). Wrong codes count towards
 * the same lockout as wrong passwords.
 */
@Controller
class SecondFactorController {

	static final String VERIFIED = SecondFactorController.class.getName() + ".verifiedAccount";

	private static final String PENDING_SECRET = SecondFactorController.class.getName() + ".pendingSecret";

	private final SecondFactorService secondFactor;

	private final LoginThrottle throttle;

	private final PasswordPolicyRepository policies;

	private final Clock clock;

	private final AuditTrail audit;

	SecondFactorController(SecondFactorService secondFactor, LoginThrottle throttle, PasswordPolicyRepository policies,
			Clock clock, AuditTrail audit) {
		this.audit = audit;
		this.secondFactor = secondFactor;
		this.throttle = throttle;
		this.policies = policies;
		this.clock = clock;
	}

	static boolean verified(HttpSession session, long accountId) {
		return session != null && Long.valueOf(accountId).equals(session.getAttribute(VERIFIED));
	}

	@GetMapping("/login/second-factor")
	String codeForm() {
		return "identity/second-factor";
	}

	@PostMapping("/login/second-factor")
	String checkCode(@AuthenticationPrincipal AccountPrincipal principal, @RequestParam(required = false) String code,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (secondFactor.verify(principal.accountId(), code)) {
			throttle.reset(principal.username());
			request.getSession().setAttribute(VERIFIED, principal.accountId());
			return "redirect:/";
		}
		audit.record(AuditEvent.of(AuditAction.LOGIN_FAILURE, "audit.summary.secondFactor"), principal.username(),
				principal.accountId());
		if (throttle.fail(principal.username(), clock.instant(), policies.current())) {
			audit.record(AuditEvent.of(AuditAction.LOCKOUT, null), principal.username(), principal.accountId());
			request.getSession().invalidate();
			return "redirect:/login?locked";
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("wrong", true);
		return "identity/second-factor";
	}

	@GetMapping("/account/totp")
	String enrolment(@AuthenticationPrincipal AccountPrincipal principal, HttpSession session, Model model) {
		if (secondFactor.enrolled(principal.accountId())) {
			model.addAttribute("enrolled", true);
			return "identity/totp";
		}
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null) {
			secret = secondFactor.newSecret();
			session.setAttribute(PENDING_SECRET, secret);
		}
		String uri = Totp.uri("驻村管理", principal.username(), secret);
		model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").strip());
		model.addAttribute("qr", QrCode.dataUri(uri, 220));
		return "identity/totp";
	}

	@PostMapping("/account/totp")
	String enrol(@AuthenticationPrincipal AccountPrincipal principal, @RequestParam(required = false) String code,
			HttpSession session, HttpServletResponse response, Model model) {
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null) {
			return "redirect:/account/totp";
		}
		try {
			model.addAttribute("recoveryCodes", secondFactor.enrol(principal.accountId(), secret, code));
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("wrong", true);
			return enrolment(principal, session, model);
		}
		session.removeAttribute(PENDING_SECRET);
		session.setAttribute(VERIFIED, principal.accountId());
		return "identity/totp-recovery";
	}

}
