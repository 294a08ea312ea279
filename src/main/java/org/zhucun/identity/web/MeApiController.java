package org.zhucun.identity.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhucun.identity.account.AccountPrincipal;

/** Who the API client is logged in as: account, office, roles and permissions. */
@RestController
@Tag(name = "认证 Authentication")
class MeApiController {

	@GetMapping("/api/v1/me")
	@Operation(summary = "当前用户 The current user")
	Me me(@AuthenticationPrincipal AccountPrincipal principal) {
		var a = principal.account();
		return new Me(a.username(), a.displayName(), a.officeId(), a.officeName(),
				a.roles().stream().map(Enum::name).sorted().toList(),
				principal.getAuthorities().stream().map(GrantedAuthority::getAuthority)
					.filter(s -> !s.startsWith("ROLE_")).toList());
	}

	record Me(String username, String displayName, Long officeId, String officeName, List<String> roles,
			List<String> permissions) {
	}

}
