package org.zhucun.personnel.roster;

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
 * The roster import page (PER-5): download the template, upload a file; then "已导入 N 人" on the same
 * page, or the table of every bad row and nothing imported (SEC-9).
 */
@Controller
@RequestMapping("/personnel/import")
class RosterPageController {

	private final RosterImportService imports;

	private final RosterTemplate template;

	private final RosterReport report;

	RosterPageController(RosterImportService imports, RosterTemplate template, RosterReport report) {
		this.imports = imports;
		this.template = template;
		this.report = report;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('PERSON_IMPORT')")
	String page(Model model) {
		model.addAllAttributes(pageModel());
		return "personnel/import";
	}

	@GetMapping("/template.xlsx")
	@PreAuthorize("hasAuthority('PERSON_IMPORT')")
	ResponseEntity<byte[]> template(Locale locale) {
		return template.download(locale);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('PERSON_IMPORT')")
	ModelAndView upload(@RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes redirect) {
		RosterOutcome outcome = imports.importFile(file);
		if (outcome.succeeded()) {
			redirect.addFlashAttribute("flash", report.summary(outcome));
			return new ModelAndView("redirect:/personnel/import");
		}
		ModelAndView page = new ModelAndView("personnel/import", HttpStatus.BAD_REQUEST);
		page.addAllObjects(pageModel());
		page.addObject("rejection", report.summary(outcome));
		page.addObject("errors", report.errors(outcome));
		page.addObject("fileName", file == null ? null : file.getOriginalFilename());
		return page;
	}

	private Map<String, Object> pageModel() {
		return Map.of("breadcrumbs", List.of(Breadcrumb.key("menu.personnel", "/personnel"),
				Breadcrumb.key("roster.title", null)), "maxRows", String.valueOf(imports.maxRows()),
				"maxFileSize", imports.maxFileSize());
	}

}
