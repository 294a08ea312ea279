package org.zhucun.organisation.importing;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.common.ui.Breadcrumb;

/**
 * The import page (ORG-1/2): download the template, upload a file; on success "已导入 N 条", else
 * the table of every bad row and nothing imported (SEC-9). Only the system administrator may.
 */
@Controller
@RequestMapping("/org/import")
class ImportPageController {

	private final OrgImportService imports;

	private final ImportTemplate template;

	private final ImportReport report;

	ImportPageController(OrgImportService imports, ImportTemplate template, ImportReport report) {
		this.imports = imports;
		this.template = template;
		this.report = report;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('ORG_IMPORT')")
	String page(Model model) {
		model.addAllAttributes(pageModel());
		return "organisation/import";
	}

	@GetMapping("/template.xlsx")
	@PreAuthorize("hasAuthority('ORG_IMPORT')")
	ResponseEntity<byte[]> template(Locale locale) {
		return template.download(locale);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('ORG_IMPORT')")
	ModelAndView upload(@RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes redirect) {
		ImportOutcome outcome = imports.importFile(file);
		if (outcome.succeeded()) {
			redirect.addFlashAttribute("flash", report.summary(outcome));
			return new ModelAndView("redirect:/org/import");
		}
		ModelAndView page = new ModelAndView("organisation/import", HttpStatus.BAD_REQUEST);
		page.addAllObjects(pageModel());
		page.addObject("rejection", report.summary(outcome));
		page.addObject("errors", report.errors(outcome));
		page.addObject("fileName", file == null ? null : file.getOriginalFilename());
		return page;
	}

	private Map<String, Object> pageModel() {
		return Map.of("breadcrumbs", List.of(Breadcrumb.key("menu.tree", "/org/tree"), Breadcrumb.key("menu.import", null)),
				"maxRows", String.valueOf(imports.maxRows()));
	}

}
