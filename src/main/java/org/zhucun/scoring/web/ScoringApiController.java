package org.zhucun.scoring.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhucun.printing.BatchProgress;
import org.zhucun.scoring.rules.TemplateItem;
import org.zhucun.scoring.sheet.ActivityCommand;
import org.zhucun.scoring.sheet.RateCommand;
import org.zhucun.scoring.sheet.SheetService;
import org.zhucun.scoring.sheet.TeamActivity;
import org.zhucun.scoring.template.RefinementCommand;
import org.zhucun.scoring.template.ScoringTemplate;
import org.zhucun.scoring.template.TemplateService;

/** The scoring sheets and templates in JSON, with the same rules and data scope as the pages (ORG-5). */
@RestController
@RequestMapping("/api/v1/scoring")
@Tag(name = "Scoring sheets", description = "Annex 1–3: filled sheets with their arithmetic, raters' scores, templates")
class ScoringApiController {

	private final SheetService sheets;

	private final TemplateService templates;

	private final SheetView views;

	private final SheetFiles files;

	ScoringApiController(SheetService sheets, TemplateService templates, SheetView views, SheetFiles files) {
		this.sheets = sheets;
		this.templates = templates;
		this.views = views;
		this.files = files;
	}

	@GetMapping("/people/{id}")
	@PreAuthorize("hasAuthority('SCORING_READ')")
	@Operation(summary = "A person's sheet for a year (Annex 2 or 3): every item with its maximum, score, rule, arithmetic and evidence")
	SheetView.Sheet person(@PathVariable long id, @RequestParam(required = false) Integer year) {
		return views.of(sheets.person(id, year(year)), LocaleContextHolder.getLocale());
	}

	@GetMapping("/teams/{village}")
	@PreAuthorize("hasAuthority('SCORING_READ')")
	@Operation(summary = "The sheet of a village's work team for a year (Annex 1)")
	SheetView.Sheet team(@PathVariable String village, @RequestParam(required = false) Integer year) {
		return views.of(sheets.team(village, year(year)), LocaleContextHolder.getLocale());
	}

	@GetMapping("/people/{id}.pdf")
	@PreAuthorize("hasAuthority('SCORING_READ')")
	@Operation(summary = "A person's filled sheet as PDF (FRM-2): every item with its score and arithmetic, notes and totals")
	ResponseEntity<byte[]> personPdf(@PathVariable long id, @RequestParam(required = false) Integer year) {
		return SheetFiles.pdfResponse(files.pdf(sheets.person(id, year(year))));
	}

	@GetMapping("/teams/{village}.pdf")
	@PreAuthorize("hasAuthority('SCORING_READ')")
	@Operation(summary = "A village team's filled sheet as PDF (FRM-2, Annex 1)")
	ResponseEntity<byte[]> teamPdf(@PathVariable String village, @RequestParam(required = false) Integer year) {
		return SheetFiles.pdfResponse(files.pdf(sheets.team(village, year(year))));
	}

	@PostMapping("/batches")
	@PreAuthorize("hasAuthority('SCORING_READ') and hasAuthority('PRINT_BATCH')")
	@Operation(summary = "Start a .zip of every sheet (PDF and .xlsx) of a township's people and teams for a year; "
			+ "follow it at /api/v1/printing/batches/{id}")
	BatchProgress batch(@RequestParam String township, @RequestParam(required = false) Integer year) {
		return files.batch(township, year(year));
	}

	@PostMapping("/scores")
	@PreAuthorize("hasAuthority('SCORING_RATE')")
	@Operation(summary = "Enter a rater's score of an item (the office must be entitled to the rater; 0..maximum); returns the sheet")
	SheetView.Sheet rate(@RequestBody RateCommand command) {
		return views.of(sheets.rate(command), LocaleContextHolder.getLocale());
	}

	@GetMapping("/templates")
	@PreAuthorize("hasAuthority('SCORING_READ')")
	@Operation(summary = "The region's default templates and the refinements of the counties in scope (without items)")
	List<TemplateSummary> templates() {
		return templates.visible().stream().map(t -> summary(t, List.of())).toList();
	}

	@GetMapping("/templates/{id}")
	@PreAuthorize("hasAuthority('SCORING_READ')")
	@Operation(summary = "A template with its items and validation flags")
	TemplateSummary template(@PathVariable long id) {
		ScoringTemplate t = templates.template(id);
		return summary(t, views.flags(t.flags(), LocaleContextHolder.getLocale()));
	}

	@PostMapping("/templates")
	@PreAuthorize("hasAuthority('SCORING_TEMPLATE_WRITE')")
	@Operation(summary = "A county's refinement from a year (a new revision; points that do not add up are kept and flagged)")
	TemplateSummary refine(@RequestBody RefinementCommand command) {
		ScoringTemplate t = templates.refine(command);
		return summary(t, views.flags(t.flags(), LocaleContextHolder.getLocale()));
	}

	@GetMapping("/activities")
	@PreAuthorize("hasAuthority('SCORING_READ')")
	@Operation(summary = "A team's policy campaigns and skills trainings of a year")
	List<TeamActivity> activities(@RequestParam String village, @RequestParam(required = false) Integer year) {
		return sheets.activities(village, year(year));
	}

	@PostMapping("/activities")
	@PreAuthorize("hasAuthority('SCORING_ACTIVITY_WRITE')")
	@Operation(summary = "Record a team activity (township or the team)")
	List<TeamActivity> addActivity(@RequestBody ActivityCommand command) {
		sheets.addActivity(command);
		return sheets.activities(command.village(), command.heldOn().getYear());
	}

	private static TemplateSummary summary(ScoringTemplate t, List<String> flags) {
		return new TemplateSummary(t.id(), t.annex().code(), t.countyNodeId(), t.fromYear(), t.revision(), t.title(), t.note(),
				t.createdBy(), flags, t.items());
	}

	/** A template in JSON: its annex, county (null: the region), first year, revision, flags and items. */
	record TemplateSummary(long id, String annex, Long countyNodeId, int fromYear, int revision, String title, String note,
			String createdBy, List<String> flags, List<TemplateItem> items) {
	}

	private int year(Integer year) {
		return year == null ? sheets.today().getYear() : year;
	}

}
