package org.zhucun.audit.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhucun.audit.AuditAction;
import org.zhucun.audit.AuditEvent;
import org.zhucun.audit.AuditTrail;
import org.zhucun.common.ui.Breadcrumb;

/** The audit administrator's pages: read and filter the log, verify the chain, export to Excel (SEC-6). */
@Controller
class AuditPageController {

	private static final int PAGE_SIZE = 50;

	static final int EXPORT_LIMIT = 50_000;

	private final AuditQuery query;

	private final AuditChainVerifier verifier;

	private final AuditWorkbookExporter exporter;

	private final AuditTrail trail;

	AuditPageController(AuditQuery query, AuditChainVerifier verifier, AuditWorkbookExporter exporter, AuditTrail trail) {
		this.query = query;
		this.verifier = verifier;
		this.exporter = exporter;
		this.trail = trail;
	}

	@GetMapping("/audit")
	@PreAuthorize("hasAuthority('AUDIT_READ')")
	String log(@RequestParam(required = false) String actor, @RequestParam(required = false) AuditAction action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var filter = new AuditQuery.Filter(actor, action, from, to);
		int p = Math.max(page, 0);
		long total = query.count(filter);
		model.addAttribute("filter", filter);
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("rows", query.find(filter, p * PAGE_SIZE, PAGE_SIZE));
		model.addAttribute("page", p);
		model.addAttribute("totalPages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
		model.addAttribute("total", total);
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("menu.audit", "/audit")));
		return "audit/log";
	}

	@PostMapping("/audit/verify")
	@PreAuthorize("hasAuthority('AUDIT_READ')")
	String verify(Model model) {
		model.addAttribute("verification", verifier.verify());
		model.addAttribute("breadcrumbs", List.of(Breadcrumb.key("menu.audit", "/audit"),
				Breadcrumb.key("audit.verify.title", null)));
		return "audit/verification";
	}

	@GetMapping("/audit/export.xlsx")
	@PreAuthorize("hasAuthority('AUDIT_READ')")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String actor,
			@RequestParam(required = false) AuditAction action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		var filter = new AuditQuery.Filter(actor, action, from, to);
		byte[] body = exporter.export(query.find(filter, 0, EXPORT_LIMIT), LocaleContextHolder.getLocale());
		trail.record(AuditEvent.of(AuditAction.SECURITY, "audit.summary.exported"));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("audit-log.xlsx").build().toString())
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(body);
	}

}
