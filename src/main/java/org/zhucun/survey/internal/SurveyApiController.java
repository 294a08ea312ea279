package org.zhucun.survey.internal;

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

/** The satisfaction surveys in JSON (SAT-1, BUR-3), with the same rules and scope as the pages. */
@RestController
@RequestMapping("/api/v1/surveys")
@Tag(name = "Satisfaction surveys", description = "SAT-1: surveys per person or work team and year, one-time codes, paper tallies, results")
class SurveyApiController {

	private final SurveyService service;

	SurveyApiController(SurveyService service) {
		this.service = service;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('SURVEY_READ')")
	@Operation(summary = "The surveys of a year within the scope, each with its result (valid votes against the minimum, score)")
	List<SurveyService.Row> list(@RequestParam(required = false) Integer year) {
		return service.list(year == null ? service.today().getYear() : year);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('SURVEY_READ')")
	@Operation(summary = "A survey with its result and its rater groups (online votes, paper tally, codes issued and used)")
	SurveyService.Detail detail(@PathVariable long id) {
		return service.detail(id);
	}

	@PostMapping("/setup")
	@PreAuthorize("hasAuthority('SURVEY_WRITE')")
	@Operation(summary = "Set up the year's surveys for every person posted to the scope's villages and every work team")
	SetUp setUp(@RequestParam(required = false) Integer year) {
		int y = year == null ? service.today().getYear() : year;
		return new SetUp(y, service.setUpYear(y));
	}

	@PostMapping("/{id}/codes")
	@PreAuthorize("hasAuthority('SURVEY_WRITE')")
	@Operation(summary = "Generate one-time codes for a rater group of an open survey; the codes are returned once, for printing")
	List<SurveyService.Slip> generate(@PathVariable long id, @RequestBody CodeRequest request) {
		return service.generateCodes(id, request.group(), request.count());
	}

	@PostMapping("/{id}/tallies")
	@PreAuthorize("hasAuthority('SURVEY_WRITE')")
	@Operation(summary = "Enter or correct the paper tally of a rater group (BUR-3: who entered it is recorded)")
	SurveyTally tally(@PathVariable long id, @RequestBody TallyRequest request) {
		return service.enterTally(id, request.group(), request.satisfied(), request.fairlySatisfied(),
				request.dissatisfied());
	}

	@PostMapping("/{id}/close")
	@PreAuthorize("hasAuthority('SURVEY_WRITE')")
	@Operation(summary = "Close a survey: no more votes or tallies")
	SurveyService.Detail close(@PathVariable long id) {
		service.close(id);
		return service.detail(id);
	}

	record SetUp(int year, int created) {
	}

	record CodeRequest(RaterGroup group, Integer count) {
	}

	record TallyRequest(RaterGroup group, Integer satisfied, Integer fairlySatisfied, Integer dissatisfied) {
	}

}
