package org.zhucun.evidence.record;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The bonus evidence in JSON (Annex 1–3), with the same rules and scope as the page; scans through the page. */
@RestController
@RequestMapping("/api/v1/evidence")
@Tag(name = "Bonus evidence", description = "Annex 1–3: media coverage, funds secured, articles, suggestions adopted, leaders' instructions")
class EvidenceApiController {

	private final EvidenceService service;

	EvidenceApiController(EvidenceService service) {
		this.service = service;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('EVIDENCE_READ')")
	@Operation(summary = "The records of a year within the scope, each with its state and whether it counts")
	List<Evidence> list(@RequestParam(required = false) Integer year) {
		return service.list(year == null ? service.today().getYear() : year).stream().map(EvidenceService.Row::evidence).toList();
	}

	@PostMapping
	@PreAuthorize("hasAuthority('EVIDENCE_WRITE')")
	@Operation(summary = "Enter a record (pending until the township or county verifies it)")
	Evidence enter(@RequestBody EvidenceCommand command) {
		return service.enter(command, null);
	}

	@PostMapping("/{id}/verify")
	@PreAuthorize("hasAuthority('EVIDENCE_VERIFY')")
	@Operation(summary = "Verify a pending record of a village in one's township or county, so that it counts")
	Evidence verify(@PathVariable long id) {
		return service.verify(id);
	}

	@PostMapping("/{id}/refuse")
	@PreAuthorize("hasAuthority('EVIDENCE_VERIFY')")
	@Operation(summary = "Refuse a pending record, with a reason")
	Evidence refuse(@PathVariable long id, @RequestBody Refusal refusal) {
		return service.refuse(id, refusal.reason());
	}

	record Refusal(String reason) {
	}

}
