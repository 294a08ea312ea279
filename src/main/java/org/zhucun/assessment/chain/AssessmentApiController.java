package org.zhucun.assessment.chain;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhucun.assessment.rules.AssessmentKind;
import org.zhucun.printing.AssessmentForms;

/** The assessments in JSON, with the same rules, order and scope as the pages (ASM-1..7, USE-1..3, SUB-1). */
@RestController
@RequestMapping("/api/v1/assessments")
@Tag(name = "Assessment", description = "Quarterly (Annex 4) and annual (Annex 5) assessments, their chains, the use of the results, the meal subsidy")
class AssessmentApiController {

	private final AssessmentService service;

	private final ResultLists results;

	private final AssessmentPrints prints;

	AssessmentApiController(AssessmentService service, ResultLists results, AssessmentPrints prints) {
		this.service = service;
		this.results = results;
		this.prints = prints;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('ASSESSMENT_READ')")
	@Operation(summary = "The assessments of a year within the scope, each with its signed steps and grade")
	List<Assessment> list(@RequestParam(required = false) Integer year) {
		return service.list(year == null ? service.today().getYear() : year);
	}

	@PostMapping
	@PreAuthorize("hasAnyAuthority('ASSESSMENT_TOWNSHIP', 'ASSESSMENT_SUMMARY')")
	@Operation(summary = "Start the quarterly or annual assessment of a person posted within the scope (returns the existing one if it has begun)")
	Assessment start(@RequestBody Start start) {
		return service.start(start.personId() == null ? -1 : start.personId(), start.kind(),
				start.year() == null ? service.today().getYear() : start.year(), start.quarter() == null ? 0 : start.quarter());
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('ASSESSMENT_READ')")
	@Operation(summary = "One assessment: its chain, what the caller may sign, the annual proposal (rules, quota used / allowed)")
	Detail detail(@PathVariable long id) {
		Assessment a = service.view(id);
		return new Detail(a, List.copyOf(service.actable(a)), service.returnTargets(a), results.proposal(a));
	}

	@PostMapping("/{id}/sign")
	@PreAuthorize("hasAnyAuthority('ASSESSMENT_SUMMARY', 'ASSESSMENT_VILLAGE', 'ASSESSMENT_TOWNSHIP', 'ASSESSMENT_UNIT', 'ASSESSMENT_COUNTY_ORG', 'ASSESSMENT_COUNTY_POVERTY')")
	@Operation(summary = "Sign the open step with an opinion (and the grade where the step sets one); 409 when out of order or taken")
	Assessment sign(@PathVariable long id, @RequestBody AssessmentService.SignCommand command) {
		return service.sign(id, command);
	}

	@PostMapping("/{id}/return")
	@PreAuthorize("hasAnyAuthority('ASSESSMENT_SUMMARY', 'ASSESSMENT_VILLAGE', 'ASSESSMENT_TOWNSHIP', 'ASSESSMENT_UNIT', 'ASSESSMENT_COUNTY_ORG', 'ASSESSMENT_COUNTY_POVERTY')")
	@Operation(summary = "Return the assessment to an earlier step with a reason (kept in the history)")
	Assessment giveBack(@PathVariable long id, @RequestBody AssessmentService.ReturnCommand command) {
		return service.giveBack(id, command);
	}

	@GetMapping("/use")
	@PreAuthorize("hasAuthority('ASSESSMENT_READ')")
	@Operation(summary = "USE-1..3: commendation candidates, grassroots work experience, people to be replaced")
	Use use(@RequestParam(required = false) Integer year) {
		var all = results.annualResults(year == null ? service.today().getYear() : year);
		return new Use(results.commendation(all), results.experience(all), results.replacement(all));
	}

	@GetMapping("/subsidy")
	@PreAuthorize("hasAuthority('ASSESSMENT_READ')")
	@Operation(summary = "SUB-1: the meal subsidy per person and quarter, by dispatching unit")
	List<ResultLists.UnitStatement> subsidy(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long unitId) {
		return results.subsidy(year == null ? service.today().getYear() : year, unitId);
	}

	@GetMapping("/{id}/form.docx")
	@PreAuthorize("hasAuthority('ASSESSMENT_READ')")
	@Operation(summary = "FRM-1: the filled Annex 4 (quarterly) or Annex 5 (annual) form as Word; steps not yet signed print empty")
	ResponseEntity<byte[]> formDocx(@PathVariable long id) {
		return AssessmentFileController.file(prints.form(id, AssessmentPrints.Format.DOCX),
				MediaType.parseMediaType(AssessmentForms.DOCX_TYPE));
	}

	@GetMapping("/{id}/form.pdf")
	@PreAuthorize("hasAuthority('ASSESSMENT_READ')")
	@Operation(summary = "FRM-1: the filled Annex 4 (quarterly) or Annex 5 (annual) form as PDF with the Chinese text embedded")
	ResponseEntity<byte[]> formPdf(@PathVariable long id) {
		return AssessmentFileController.file(prints.form(id, AssessmentPrints.Format.PDF), MediaType.APPLICATION_PDF);
	}

	record Start(Long personId, AssessmentKind kind, Integer year, Integer quarter) {
	}

	record Detail(Assessment assessment, List<org.zhucun.assessment.rules.Step> actable,
			List<org.zhucun.assessment.rules.Step> returnTargets, ResultLists.Proposal proposal) {
	}

	record Use(List<ResultLists.ResultRow> commendation, List<ResultLists.ResultRow> experience,
			List<ResultLists.ResultRow> replacement) {
	}

}
