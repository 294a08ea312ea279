package org.zhucun.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.zhucun.identity.account.AccountPrincipal;
import org.zhucun.identity.password.PasswordService;

/** SEC-2 over the API: the phone changes its user's password. */
@RestController
@Tag(name = "认证 Authentication")
class PasswordChangeApiController {

	private final PasswordService passwords;

	PasswordChangeApiController(PasswordService passwords) {
		this.passwords = passwords;
	}

	@PostMapping("/api/v1/me/password")
	@Operation(summary = "修改本人密码 Change one's own password")
	ResponseEntity<Void> change(@AuthenticationPrincipal AccountPrincipal principal, @RequestBody PasswordChange body) {
		passwords.changeOwn(principal.accountId(), body.currentPassword(), body.newPassword(), body.confirmPassword());
		return ResponseEntity.noContent().build();
	}

	record PasswordChange(String currentPassword, String newPassword, String confirmPassword) {

		@Override
		public String toString() {
			return "PasswordChange[***]";
		}

	}

}
