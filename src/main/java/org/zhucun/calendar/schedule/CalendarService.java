package org.zhucun.calendar.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.audit.AuditAction;
import org.zhucun.audit.AuditEvent;
import org.zhucun.audit.AuditEvent.FieldChange;
import org.zhucun.audit.AuditTrail;
import org.zhucun.common.scope.DataScope;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.organisation.NodeLevel;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.PlaceSummary;

/**
 * Edits of the working-day calendar (ATT-1): the system administrator's national schedule (one day
 * at a time, or a whole year re-seeded from the library) and the counties' local holidays, each
 * within the editor's data scope (ORG-5). Every edit raises the calendar's revision and drops the
 * cache once committed, so the next count sees it.
 */
@Service
@Transactional
public class CalendarService {

	private final SpecialDayRepository specialDays;

	private final ScheduleYearRepository years;

	private final LocalHolidayRepository localHolidays;

	private final LibrarySchedules library;

	private final CachedWorkingDayCalendar calendar;

	private final CalendarRevision revision;

	private final OrganisationDirectory organisation;

	private final DataScopeProvider scopes;

	private final AuditTrail audit;

	private final Clock clock;

	CalendarService(SpecialDayRepository specialDays, ScheduleYearRepository years, LocalHolidayRepository localHolidays,
			LibrarySchedules library, CachedWorkingDayCalendar calendar, CalendarRevision revision,
			OrganisationDirectory organisation, DataScopeProvider scopes, AuditTrail audit, Clock clock) {
		this.specialDays = specialDays;
		this.years = years;
		this.localHolidays = localHolidays;
		this.library = library;
		this.calendar = calendar;
		this.revision = revision;
		this.organisation = organisation;
		this.scopes = scopes;
		this.audit = audit;
		this.clock = clock;
	}

	// national schedule

	@Transactional(readOnly = true)
	public List<ScheduleYear> knownYears() {
		return years.findAllByOrderByYearAsc();
	}

	@Transactional(readOnly = true)
	public Optional<ScheduleYear> knownYear(int year) {
		return years.findById(year);
	}

	@Transactional(readOnly = true)
	public List<SpecialDay> specialDays(int year) {
		return specialDays.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	@Transactional(readOnly = true)
	public SpecialDay specialDay(long id) {
		return specialDays.findById(id).orElseThrow(() -> new NotFoundException("calendar.error.dayNotFound"));
	}

	/** Whether the library has a schedule for the year (it can be re-seeded from it). */
	@Transactional(readOnly = true)
	public boolean libraryKnows(int year) {
		return library.knows(year);
	}

	/**
	 * Seeds the year from the library unless it is already recorded; false when it was recorded
	 * or the library does not know it. Safe to run on several instances at once: the year's record
	 * is the lock (its primary key refuses a second seeding).
	 */
	public boolean seedIfMissing(int year) {
		if (years.existsById(year)) {
			return false;
		}
		List<ScheduledDay> days = library.schedule(year);
		if (days.isEmpty()) {
			return false;
		}
		years.saveAndFlush(new ScheduleYear(year, ScheduleYear.Source.LIBRARY, clock.instant()));
		days.forEach(d -> specialDays.save(new SpecialDay(d.day(), d.kind(), d.name(), "tyme4j")));
		edited();
		return true;
	}

	/**
	 * The system administrator replaces a year's schedule with the library's, for a reason; the
	 * year's own entries are removed. Refused when the library does not know the year.
	 */
	public int reseed(int year, String reason) {
		requireYear(year);
		List<ScheduledDay> days = library.schedule(year);
		if (days.isEmpty()) {
			throw new InvalidInputException("year", "calendar.error.libraryUnknownYear", String.valueOf(year));
		}
		requireReason(reason);
		specialDays.deleteAll(specialDays(year));
		specialDays.flush();
		days.forEach(d -> specialDays.save(new SpecialDay(d.day(), d.kind(), d.name(), reason)));
		years.findById(year).ifPresentOrElse(y -> y.reseeded(clock.instant()),
				() -> years.save(new ScheduleYear(year, ScheduleYear.Source.LIBRARY, clock.instant())));
		audit.record(new AuditEvent(AuditAction.UPDATE, "ScheduleYear", String.valueOf(year),
				"audit.summary.calendarReseeded", Map.of("reason", new FieldChange(null, reason))));
		edited();
		return days.size();
	}

	/** Adds a day to the national schedule; its year counts as known from then on. */
	public SpecialDay add(SpecialDayCommand command) {
		requireYear(command.day().getYear());
		if (specialDays.findByDay(command.day()).isPresent()) {
			throw new ConflictException("calendar.error.dayExists", command.day().toString());
		}
		SpecialDay day = new SpecialDay(command.day(), command.kind(), command.name(), command.reason());
		if (!years.existsById(command.day().getYear())) {
			years.save(new ScheduleYear(command.day().getYear(), ScheduleYear.Source.MANUAL, clock.instant()));
		}
		try {
			specialDays.saveAndFlush(day);
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException("calendar.error.dayExists", command.day().toString());
		}
		edited();
		return day;
	}

	/** Changes the kind or the name of a day (not its date: remove it and add another). */
	public SpecialDay update(long id, SpecialDayCommand command) {
		SpecialDay day = specialDay(id);
		if (command.version() == null || command.version() != day.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(SpecialDay.class, id);
		}
		if (!day.getDay().equals(command.day())) {
			throw new InvalidInputException("day", "calendar.error.dateFixed");
		}
		day.change(command.kind(), command.name(), command.reason());
		specialDays.saveAndFlush(day);
		edited();
		return day;
	}

	/** Removes a day from the national schedule for a reason: it follows the weekly rhythm again. */
	public void remove(long id, String reason) {
		requireReason(reason);
		SpecialDay day = specialDay(id);
		specialDays.delete(day);
		audit.record(new AuditEvent(AuditAction.DELETE, "SpecialDay", String.valueOf(id), "audit.summary.calendarDayRemoved",
				Map.of("day", new FieldChange(day.getDay().toString(), null), "reason", new FieldChange(null, reason))));
		edited();
	}

	// local holidays

	/** The counties whose local holidays the user manages: those inside the user's scope (ORG-5). */
	@Transactional(readOnly = true)
	public List<PlaceSummary> managedCounties() {
		return organisation.placesWithin(scopes.currentScope(), NodeLevel.COUNTY);
	}

	/** The local holidays of the year of the counties inside the user's scope. */
	@Transactional(readOnly = true)
	public List<LocalHoliday> localHolidays(int year) {
		List<Long> counties = managedCounties().stream().map(PlaceSummary::id).toList();
		if (counties.isEmpty()) {
			return List.of();
		}
		return localHolidays.findByCountyNodeIdInAndDayBetweenOrderByDay(counties, LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31));
	}

	/** A county declares a local holiday; a county outside the user's scope is refused as unknown. */
	public LocalHoliday addLocal(LocalHolidayCommand command) {
		requireYear(command.day().getYear());
		PlaceSummary county = organisation.place(command.countyCode())
			.filter(p -> p.level() == NodeLevel.COUNTY && scopes.currentScope().coversPath(p.path()))
			.orElseThrow(() -> new InvalidInputException("countyCode", "calendar.error.unknownCounty", command.countyCode()));
		if (localHolidays.existsByCountyNodeIdAndDay(county.id(), command.day())) {
			throw new ConflictException("calendar.error.localExists", county.name(), command.day().toString());
		}
		LocalHoliday holiday;
		try {
			holiday = localHolidays.saveAndFlush(new LocalHoliday(county.id(), command.day(), command.name()));
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException("calendar.error.localExists", county.name(), command.day().toString());
		}
		edited();
		return holiday;
	}

	/** Removes a local holiday of a county inside the user's scope (404 otherwise). */
	public void removeLocal(long id) {
		LocalHoliday holiday = visibleLocal(id);
		localHolidays.delete(holiday);
		localHolidays.flush();
		edited();
	}

	@Transactional(readOnly = true)
	public LocalHoliday visibleLocal(long id) {
		DataScope scope = scopes.currentScope();
		return localHolidays.findById(id)
			.filter(h -> organisation.nodePath(h.getCountyNodeId()).filter(scope::coversPath).isPresent())
			.orElseThrow(() -> new NotFoundException("calendar.error.localNotFound"));
	}

	@Transactional(readOnly = true)
	public String countyName(long countyId) {
		return organisation.countyOf(countyId).map(PlaceSummary::name).orElse("");
	}

	/**
	 * A node whose working days the user may count: inside the user's scope, or above it (a
	 * township sees the calendar of its county). Anything else is unknown (ORG-5).
	 */
	@Transactional(readOnly = true)
	public PlaceSummary visibleNode(String code) {
		DataScope scope = scopes.currentScope();
		return organisation.place(code)
			.filter(p -> scope.coversPath(p.path()) || scope.nodePaths().stream().anyMatch(s -> s.startsWith(p.path())))
			.orElseThrow(() -> new NotFoundException("calendar.error.nodeNotFound"));
	}

	private void edited() {
		revision.raise();
		calendar.invalidateAfterCommit();
	}

	private static void requireYear(int year) {
		if (year < CachedWorkingDayCalendar.FIRST_YEAR || year > CachedWorkingDayCalendar.LAST_YEAR) {
			throw new InvalidInputException("day", "calendar.error.yearOutOfRange", CachedWorkingDayCalendar.FIRST_YEAR,
					CachedWorkingDayCalendar.LAST_YEAR);
		}
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank() || reason.length() > 200) {
			throw new InvalidInputException("reason", "calendar.error.reasonRequired");
		}
	}

}
