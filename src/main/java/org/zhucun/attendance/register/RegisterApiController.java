package org.zhucun.attendance.register;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhucun.attendance.DayStatus;
import org.zhucun.common.web.InvalidInputException;

/** The monthly register in JSON (ATT-2, ATT-3, ATT-9): the same rules and scope as the page. */
@RestController
@RequestMapping("/api/v1/attendance")
@Tag(name = "Attendance register", description = "ATT-2/3/9: the township's monthly register, arrivals and departures")
class RegisterApiController {

	private final AttendanceRegisterService service;

	private final Clock clock;

	RegisterApiController(AttendanceRegisterService service, Clock clock) {
		this.service = service;
		this.clock = clock;
	}

	@GetMapping("/register")
	@PreAuthorize("hasAuthority('ATTENDANCE_READ')")
	@Operation(summary = "A township's register for a month (month as 2026-11; default the current month)")
	RegisterView register(@RequestParam String township, @RequestParam(required = false) String month) {
		return RegisterView.of(service.register(township, MonthParameter.parse(month, clock)));
	}

	@PutMapping("/register/days")
	@PreAuthorize("hasAuthority('ATTENDANCE_WRITE')")
	@Operation(summary = "The clerk enters one day (status null clears an entry of an open month; a confirmed month needs a reason)")
	RegisterView enter(@RequestBody DayEntryRequest request) {
		if (request.personId() == null || request.day() == null) {
			throw new InvalidInputException(request.personId() == null ? "personId" : "day",
					"attendance.error.presenceIncomplete");
		}
		service.enter(request.township(), new DayEntryCommand(request.personId(), request.day(), request.status(),
				request.note(), Boolean.TRUE.equals(request.paper()), request.reason()));
		return RegisterView.of(service.register(request.township(), YearMonth.from(request.day())));
	}

	@PostMapping("/register/confirm")
	@PreAuthorize("hasAuthority('ATTENDANCE_WRITE')")
	@Operation(summary = "The clerk confirms a township's month (once; only when every working day is explained)")
	RegisterView confirm(@RequestBody ConfirmRequest request) {
		return RegisterView.of(service.confirm(request.township(), MonthParameter.parse(request.month(), clock)));
	}

	@PostMapping("/register/presence")
	@PreAuthorize("hasAuthority('ATTENDANCE_WRITE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "The clerk registers a person's arrival or departure")
	PresenceView presenceFor(@RequestBody ClerkPresenceRequest request) {
		return PresenceView.of(service.enterPresenceFor(request.township(),
				new PresenceCommand(request.personId(), request.kind(), request.day(), request.note())));
	}

	@PostMapping("/spot-checks")
	@PreAuthorize("hasAuthority('ATTENDANCE_SPOT_CHECK')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "The county organisation department records a spot check; the finding goes into the register")
	SpotCheckView spotCheck(@RequestBody SpotCheckCommand request) {
		SpotCheck check = service.spotCheck(request);
		return new SpotCheckView(check.getId(), check.getPersonId(), check.getDay(), check.isFoundPresent(), check.getNote(),
				check.getCheckedBy());
	}

	record SpotCheckView(long id, long personId, LocalDate day, boolean foundPresent, String note, String checkedBy) {
	}

	@PostMapping("/presence")
	@PreAuthorize("hasAuthority('PRESENCE_REGISTER')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A dispatched cadre registers their own arrival or departure")
	PresenceView ownPresence(@RequestBody PresenceCommand request) {
		return PresenceView.of(service.registerOwnPresence(new PresenceCommand(null, request.kind(), request.day(),
				request.note())));
	}

	@GetMapping("/presence")
	@PreAuthorize("hasAuthority('PRESENCE_REGISTER')")
	@Operation(summary = "The caller's own arrival and departure registrations")
	List<PresenceView> ownRegistrations() {
		return service.ownRegistrations().stream().map(PresenceView::of).toList();
	}

	/** One day entered by the clerk; {@code paper} may be left out (false). */
	record DayEntryRequest(String township, Long personId, LocalDate day, DayStatus status, String note, Boolean paper,
			String reason) {
	}

	record ConfirmRequest(String township, String month) {
	}

	record ClerkPresenceRequest(String township, Long personId, PresenceKind kind, LocalDate day, String note) {
	}

	record PresenceView(long id, long personId, PresenceKind kind, LocalDate day, String note, String recordedBy,
			boolean recordedByClerk, String confirmedBy) {

		static PresenceView of(PresenceRegistration r) {
			return new PresenceView(r.getId(), r.getPersonId(), r.getKind(), r.getOnDate(), r.getNote(), r.getRecordedBy(),
					r.isRecordedByClerk(), r.getConfirmedBy());
		}

	}

	/** The register as JSON: the month, the township, who confirmed it, and per person the days and the figure. */
	record RegisterView(String township, String townshipName, String month, boolean confirmed, String confirmedBy,
			List<LocalDate> workingDays, List<RowView> rows) {

		static RegisterView of(Register r) {
			return new RegisterView(r.township().code(), r.township().name(), r.month().toString(), r.confirmed(),
					r.confirmedBy(), r.workingDays().stream().sorted().toList(),
					r.rows().stream().map(row -> RowView.of(r, row)).toList());
		}

	}

	record RowView(long personId, String name, String village, Map<LocalDate, RegisterCell> days, MonthFigure figure,
			List<LocalDate> leaveNotInRegister) {

		static RowView of(Register register, RegisterRow row) {
			return new RowView(row.personId(), row.personName(), register.villageName(row.villageNodeId()),
					new TreeMap<>(row.cells()), row.figure(), List.copyOf(row.leaveNotInRegister()));
		}

	}

}
