package org.zhucun.attendance.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Phone check-in in JSON (ATT-8): the same service and rules as the page. */
@RestController
@RequestMapping("/api/v1/attendance")
@Tag(name = "Phone check-in", description = "ATT-8: optional check-in inside the village's geofence, per county")
class CheckinApiController {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private final CheckinService service;

	CheckinApiController(CheckinService service) {
		this.service = service;
	}

	@PostMapping("/checkins")
	@PreAuthorize("hasAuthority('CHECKIN_SUBMIT')")
	@Operation(summary = "签到 The linked cadre checks in with the phone's location",
			description = "201 when stored, 200 when the same key and payload were stored before (a retry); 409 for the "
					+ "same key with another payload; 422 when the county has check-in off, the caller holds no "
					+ "posting, the village has no location, or the point is outside the fence (the refusal outside "
					+ "the fence is stored for the audit)")
	ResponseEntity<CheckinView> submit(
			@Parameter(description = "A key of 8-64 letters, digits, '-' or '_', kept while retrying")
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key, @RequestBody CheckinCommand request) {
		CheckinResult result = service.submit(key, request).requireAccepted();
		return ResponseEntity.status(result.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
			.header("Idempotent-Replayed", String.valueOf(result.replayed()))
			.body(CheckinView.of(result.checkin(), result.villageName()));
	}

	@GetMapping("/checkins")
	@PreAuthorize("hasAuthority('CHECKIN_SUBMIT')")
	@Operation(summary = "The caller's latest check-ins (the location only until it is purged)")
	List<CheckinView> own() {
		OwnCheckins own = service.own();
		return own.recent().stream().map(c -> CheckinView.of(c, own.villageName())).toList();
	}

	@GetMapping("/checkin/counties")
	@PreAuthorize("hasAuthority('CHECKIN_CONFIGURE')")
	@Operation(summary = "The counties of the caller's scope and whether check-in is on in each (default off)")
	List<CountySwitch> counties() {
		return service.counties();
	}

	@PutMapping("/checkin/counties/{code}")
	@PreAuthorize("hasAuthority('CHECKIN_CONFIGURE')")
	@Operation(summary = "Switch check-in on or off for a county of the caller's scope")
	CountySwitch switchCounty(@PathVariable String code, @RequestBody SwitchRequest request) {
		return service.switchCounty(code, request != null && Boolean.TRUE.equals(request.enabled()));
	}

	record SwitchRequest(Boolean enabled) {
	}

	/** A check-in as JSON; the coordinates and the distance are null once purged (SEC-5). */
	record CheckinView(long id, LocalDate day, String village, Instant serverTime, Instant deviceTime, boolean accepted,
			Double latitude, Double longitude, Integer accuracyMetres, Integer distanceMetres, int radiusMetres,
			boolean locationPurged) {

		static CheckinView of(Checkin c, String village) {
			return new CheckinView(c.getId(), c.getDay(), village, c.getServerTime(), c.getDeviceTime(), c.isAccepted(),
					c.getLatitude(), c.getLongitude(), c.getAccuracyMetres(), c.getDistanceMetres(), c.getRadiusMetres(),
					c.isLocationPurged());
		}

	}

}
