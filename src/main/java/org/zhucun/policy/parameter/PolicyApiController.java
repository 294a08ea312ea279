package org.zhucun.policy.parameter;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhucun.policy.PolicyKey;
import org.zhucun.policy.PolicyValue;

/** The policy numbers in JSON (POL-1), with the same rules as the page. */
@RestController
@RequestMapping("/api/v1/policy")
@Tag(name = "Policy numbers", description = "POL-1: the numbers of the measures per region, city or county and year")
class PolicyApiController {

	private final PolicyService policy;

	PolicyApiController(PolicyService policy) {
		this.policy = policy;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('POLICY_READ')")
	@Operation(summary = "The numbers in force for a region, city or county in a year, and where each comes from")
	List<PolicyValue> inForce(@RequestParam String place, @RequestParam int year) {
		return policy.inForce(place, year);
	}

	@PutMapping
	@PreAuthorize("hasAuthority('POLICY_WRITE')")
	@Operation(summary = "Set a number for one's region, city or county from a year on (this year or later), with a reason")
	PolicyValue set(@RequestBody PolicyCommand command) {
		PolicySetting setting = policy.set(command);
		return policy.inForce(command.place(), setting.getFromYear())
			.stream()
			.filter(v -> v.key() == command.key())
			.findFirst()
			.orElseThrow();
	}

	/** The numbers and their allowed ranges (for forms of other systems). */
	@GetMapping("/keys")
	@PreAuthorize("hasAuthority('POLICY_READ')")
	@Operation(summary = "The policy numbers, their seed values and allowed ranges")
	List<KeyView> keys() {
		return java.util.Arrays.stream(PolicyKey.values())
			.map(k -> new KeyView(k, k.seedValue(), k.min(), k.max(), k.requirement()))
			.toList();
	}

	record KeyView(PolicyKey key, int seedValue, int min, int max, String requirement) {
	}

}
