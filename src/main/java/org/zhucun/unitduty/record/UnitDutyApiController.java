package org.zhucun.unitduty.record;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhucun.unitduty.record.DutyCommands.FundCommand;
import org.zhucun.unitduty.record.DutyCommands.MeetingCommand;
import org.zhucun.unitduty.record.DutyCommands.SubsidyCommand;
import org.zhucun.unitduty.record.DutyCommands.VisitCommand;

/** The unit's duties in JSON (MTG-1..3, SUB-2), with the same rules and scope as the pages. */
@RestController
@RequestMapping("/api/v1/unit-duties")
@Tag(name = "Unit duties", description = "MTG-1..3, SUB-2: the dispatching unit's meetings, leader visits, working funds and subsidies")
class UnitDutyApiController {

	private final UnitDutyService duties;

	UnitDutyApiController(UnitDutyService duties) {
		this.duties = duties;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('UNIT_DUTY_READ')")
	@Operation(summary = "The teams of the scope this year with the visit checks (head every half year, leader in charge every quarter)")
	List<UnitDutyService.TeamStatus> teams() {
		return duties.statuses();
	}

	@GetMapping("/team")
	@PreAuthorize("hasAuthority('UNIT_DUTY_READ')")
	@Operation(summary = "One team's meetings, visits, funds ledger (with balances) and subsidies of a year")
	UnitDutyService.Detail team(@RequestParam String unit, @RequestParam String village,
			@RequestParam(required = false) Integer year) {
		return duties.detail(unit, village, year == null ? duties.today().getYear() : year);
	}

	@PostMapping("/meetings")
	@PreAuthorize("hasAuthority('UNIT_DUTY_WRITE')")
	@Operation(summary = "Record a leadership meeting that studied the team's work (MTG-1)")
	UnitMeeting meeting(@RequestBody MeetingCommand command) {
		return duties.addMeeting(command);
	}

	@PostMapping("/visits")
	@PreAuthorize("hasAuthority('UNIT_DUTY_WRITE')")
	@Operation(summary = "Record a leader's visit to the village (MTG-2)")
	LeaderVisit visit(@RequestBody VisitCommand command) {
		return duties.addVisit(command);
	}

	@PostMapping("/funds")
	@PreAuthorize("hasAuthority('UNIT_DUTY_WRITE')")
	@Operation(summary = "Record working funds given to the team (IN) or used (OUT) (SUB-2)")
	FundEntry fund(@RequestBody FundCommand command) {
		return duties.addFund(command);
	}

	@PostMapping("/subsidies")
	@PreAuthorize("hasAuthority('UNIT_DUTY_WRITE')")
	@Operation(summary = "Record a meal or travel subsidy paid to one of the unit's people in the village (MTG-3)")
	Subsidy subsidy(@RequestBody SubsidyCommand command) {
		return duties.addSubsidy(command);
	}

}
