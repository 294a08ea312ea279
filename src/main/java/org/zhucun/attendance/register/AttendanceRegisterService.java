package org.zhucun.attendance.register;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.attendance.AttendanceMonthConfirmed;
import org.zhucun.attendance.DayStatus;
import org.zhucun.calendar.WorkingDayCalendar;
import org.zhucun.common.scope.DataScope;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.common.security.CurrentActor;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.leave.LeaveCalendar;
import org.zhucun.organisation.NodeLevel;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.PlaceSummary;
import org.zhucun.personnel.ActivePostings;
import org.zhucun.personnel.PostingPeriod;
import org.zhucun.policy.PolicyKey;
import org.zhucun.policy.PolicyParameters;
import org.zhucun.personnel.Postings;

/**
 * The township's monthly attendance register (ATT-2, ATT-3, ATT-9): read it, enter the exceptions,
 * confirm the month, correct a confirmed day with a reason, and register arrivals and departures.
 * Every write on a township's month takes one database lock for that month, so a late entry and the
 * confirmation never interleave (SEC-8); each step is one transaction (SEC-9).
 */
@Service
@Transactional
public class AttendanceRegisterService {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final int TEXT_MAX = 200;

	private final AttendanceDayRepository days;

	private final ConfirmedMonthRepository months;

	private final AttendanceCorrectionRepository corrections;

	private final PresenceRegistrationRepository registrations;

	private final OrganisationDirectory organisation;

	private final Postings postings;

	private final ActivePostings activePostings;

	private final WorkingDayCalendar calendar;

	private final LeaveCalendar leave;

	private final DataScopeProvider scopes;

	private final AttendanceProperties policy;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AbsenceWatch absences;

	private final PolicyParameters parameters;

	private final SpotCheckRepository spotChecks;

	private final org.springframework.context.MessageSource messages;

	AttendanceRegisterService(AttendanceDayRepository days, ConfirmedMonthRepository months,
			AttendanceCorrectionRepository corrections, PresenceRegistrationRepository registrations,
			OrganisationDirectory organisation, Postings postings, ActivePostings activePostings,
			WorkingDayCalendar calendar, LeaveCalendar leave, DataScopeProvider scopes, AttendanceProperties policy,
			JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock, AbsenceWatch absences,
			SpotCheckRepository spotChecks, org.springframework.context.MessageSource messages,
			PolicyParameters parameters) {
		this.parameters = parameters;
		this.absences = absences;
		this.spotChecks = spotChecks;
		this.messages = messages;
		this.days = days;
		this.months = months;
		this.corrections = corrections;
		this.registrations = registrations;
		this.organisation = organisation;
		this.postings = postings;
		this.activePostings = activePostings;
		this.calendar = calendar;
		this.leave = leave;
		this.scopes = scopes;
		this.policy = policy;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** The townships whose register the user may open, by code. */
	@Transactional(readOnly = true)
	public List<PlaceSummary> townships() {
		return organisation.placesWithin(scopes.currentScope(), NodeLevel.TOWNSHIP);
	}

	/** The register of a township in the user's scope for one month; 404 outside the scope (ORG-5). */
	@Transactional(readOnly = true)
	public Register register(String townshipCode, YearMonth month) {
		return build(township(townshipCode), month);
	}

	/** The changes made to confirmed days of the month, newest first (ATT-9). */
	@Transactional(readOnly = true)
	public List<AttendanceCorrection> corrections(String townshipCode, YearMonth month) {
		PlaceSummary township = township(townshipCode);
		return corrections.findByTownshipNodeIdAndDayBetweenOrderByCorrectedAtDesc(township.id(), month.atDay(1),
				month.atEndOfMonth());
	}

	/**
	 * The clerk enters one day (ATT-3): an exception before the month is confirmed (or clears it), or a
	 * correction with a reason afterwards (ATT-9). Leave is never entered by hand (LEA-3).
	 */
	public void enter(String townshipCode, DayEntryCommand command) {
		PlaceSummary township = township(townshipCode);
		PostingPeriod posting = postingOn(township, command.personId(), command.day());
		write(township, posting, command, command.paper() ? DaySource.PAPER : DaySource.CLERK);
	}

	/**
	 * The county organisation department records a spot check (ATT-7): the person was found in the
	 * village or not on that day. The finding goes into the register — as a correction with the
	 * check as its reason when the month is already confirmed — and counts towards ATT-6.
	 */
	public SpotCheck spotCheck(SpotCheckCommand command) {
		if (command.personId() == null || command.day() == null || command.present() == null) {
			throw new InvalidInputException("day", "attendance.error.spotCheckIncomplete");
		}
		Set<Long> villages = organisation.villageIdsWithin(scopes.currentScope());
		PostingPeriod posting = postings.ofPerson(command.personId(), command.day(), command.day())
			.stream()
			.filter(p -> villages.contains(p.villageNodeId()))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("attendance.error.notPosted"));
		PlaceSummary township = organisation.parentOf(posting.villageNodeId())
			.orElseThrow(() -> new NotFoundException("attendance.error.notPosted"));
		String note = text("note", command.note());
		DayStatus found = command.present() ? DayStatus.IN_VILLAGE : DayStatus.ABSENT;
		boolean confirmed = months.findByTownshipNodeIdAndMonthStart(township.id(), YearMonth.from(command.day()).atDay(1))
			.isPresent();
		DayStatus before = days.findByPersonIdAndDay(command.personId(), command.day()).map(AttendanceDay::getStatus).orElse(null);
		if (!confirmed || before != found) {
			String reason = text("reason", messages.getMessage("attendance.spotCheck.reason",
					new Object[] { note == null ? "" : "：" + note }, java.util.Locale.SIMPLIFIED_CHINESE));
			write(township, posting, new DayEntryCommand(command.personId(), command.day(), found, note, false, reason),
					DaySource.SPOT_CHECK);
		}
		return spotChecks.save(new SpotCheck(command.personId(), posting.villageNodeId(), township.id(), command.day(),
				command.present(), note, CurrentActor.name(), clock.instant()));
	}

	/** The spot checks of a township's month, newest first (ATT-7). */
	@Transactional(readOnly = true)
	public List<SpotCheck> spotChecks(String townshipCode, YearMonth month) {
		PlaceSummary township = township(townshipCode);
		return spotChecks.findByTownshipNodeIdAndDayBetweenOrderByDayDesc(township.id(), month.atDay(1), month.atEndOfMonth());
	}

	/** One day written by the clerk or a spot check: an exception in an open month, a correction in a confirmed one. */
	private void write(PlaceSummary township, PostingPeriod posting, DayEntryCommand command, DaySource source) {
		YearMonth month = YearMonth.from(command.day());
		lockMonth(township.id(), month);
		if (command.day().isAfter(today())) {
			throw new InvalidInputException("day", "attendance.error.future");
		}
		if (!calendar.isWorkingDay(command.day(), posting.villageNodeId())) {
			throw new InvalidInputException("day", "attendance.error.notWorkingDay", command.day());
		}
		if (command.status() != null && !command.status().enteredByClerk()) {
			throw new InvalidInputException("status", "attendance.error.statusNotEnterable");
		}
		String note = text("note", command.note());
		String reason = text("reason", command.reason());
		Instant now = clock.instant();
		String by = CurrentActor.name();
		var stored = days.findByPersonIdAndDay(command.personId(), command.day());
		if (months.findByTownshipNodeIdAndMonthStart(township.id(), month.atDay(1)).isPresent()) {
			correct(township, posting, command, stored.orElse(null), note, reason, by, now);
		}
		else if (command.status() == null) {
			stored.ifPresent(days::delete);
		}
		else {
			AttendanceDay day = stored
				.orElseGet(() -> new AttendanceDay(command.personId(), posting.villageNodeId(), township.id(), command.day()));
			day.enter(command.status(), source, note, by, now);
			save(day);
		}
		absences.check(township.id(), List.of(command.personId()), command.day().getYear());
	}

	/**
	 * The clerk confirms the township's month (ATT-9): only a month that is over, only once, and only
	 * when every working day of every posted person is explained. Every day is then stored as shown,
	 * and the month's registrations count as confirmed.
	 */
	public Register confirm(String townshipCode, YearMonth month) {
		PlaceSummary township = township(townshipCode);
		lockMonth(township.id(), month);
		var existing = months.findByTownshipNodeIdAndMonthStart(township.id(), month.atDay(1));
		if (existing.isPresent()) {
			throw new ConflictException("attendance.error.alreadyConfirmed", existing.get().getConfirmedBy());
		}
		if (!month.atEndOfMonth().isBefore(today())) {
			throw new InvalidInputException("month", "attendance.error.monthNotOver", month.getYear(), month.getMonthValue());
		}
		Register register = build(township, month);
		List<RegisterRow> unexplained = register.rowsWithUnregisteredDays();
		if (!unexplained.isEmpty()) {
			throw new InvalidInputException("month", "attendance.error.unregisteredDays", unexplained.size(),
					unexplained.stream().limit(5).map(RegisterRow::personName).collect(Collectors.joining("、")));
		}
		String by = CurrentActor.name();
		Instant now = clock.instant();
		try {
			months.saveAndFlush(new ConfirmedMonth(township.id(), month.atDay(1), by, now));
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException("attendance.error.alreadyConfirmed", "");
		}
		storeComputedDays(register, township, by, now);
		registrations.confirmAll(township.id(), month.atDay(1), month.atEndOfMonth(), by, now);
		absences.check(township.id(), register.rows().stream().map(RegisterRow::personId).toList(), month.getYear());
		events.publishEvent(new AttendanceMonthConfirmed(township.id(), month, by));
		return build(township, month);
	}

	/** The person registers their own arrival or departure (ATT-2); the clerk confirms it later. */
	public PresenceRegistration registerOwnPresence(PresenceCommand command) {
		long personId = ownPerson(scopes.currentScope());
		var posting = activePostings.of(personId).orElseThrow(() -> new NotFoundException("attendance.error.notPosted"));
		return record(personId, posting.villageNodeId(), posting.townshipNodeId(), command, false);
	}

	/**
	 * The township's clerk registers an arrival or departure for a person posted in the township
	 * (ATT-2, BUR-3); it counts as confirmed at once.
	 */
	public PresenceRegistration enterPresenceFor(String townshipCode, PresenceCommand command) {
		PlaceSummary township = township(townshipCode);
		if (command.personId() == null) {
			throw new NotFoundException("attendance.error.notPosted");
		}
		var posting = activePostings.of(command.personId())
			.filter(p -> p.townshipNodeId() == township.id())
			.orElseThrow(() -> new NotFoundException("attendance.error.notPosted"));
		return record(command.personId(), posting.villageNodeId(), township.id(), command, true);
	}

	private PresenceRegistration record(long personId, long villageId, long townshipId, PresenceCommand command,
			boolean clerk) {
		if (command.kind() == null || command.day() == null) {
			throw new InvalidInputException(command.kind() == null ? "kind" : "day", "attendance.error.presenceIncomplete");
		}
		if (command.day().isAfter(today())) {
			throw new InvalidInputException("day", "attendance.error.future");
		}
		YearMonth month = YearMonth.from(command.day());
		lockMonth(townshipId, month);
		if (months.findByTownshipNodeIdAndMonthStart(townshipId, month.atDay(1)).isPresent()) {
			throw new ConflictException("attendance.error.monthConfirmed", month.getYear(), month.getMonthValue());
		}
		try {
			return registrations.saveAndFlush(new PresenceRegistration(personId, villageId, townshipId, command.kind(),
					command.day(), text("note", command.note()), CurrentActor.name(), clerk, clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException("attendance.error.duplicatePresence", command.day());
		}
	}

	/** The caller's own registrations, newest first (a linked cadre, ATT-2). */
	@Transactional(readOnly = true)
	public List<PresenceRegistration> ownRegistrations() {
		return registrations.findByPersonIdOrderByOnDateDesc(ownPerson(scopes.currentScope()));
	}

	private void correct(PlaceSummary township, PostingPeriod posting, DayEntryCommand command, AttendanceDay stored,
			String note, String reason, String by, Instant now) {
		if (command.status() == null) {
			throw new InvalidInputException("status", "attendance.error.statusRequired");
		}
		if (reason == null) {
			throw new InvalidInputException("reason", "attendance.error.reasonRequired");
		}
		AttendanceDay day = stored != null ? stored
				: new AttendanceDay(command.personId(), posting.villageNodeId(), township.id(), command.day());
		DayStatus old = stored != null ? stored.getStatus() : DayStatus.UNREGISTERED;
		if (old == command.status()) {
			throw new InvalidInputException("status", "attendance.error.unchanged");
		}
		day.enter(command.status(), DaySource.CORRECTION, note, by, now);
		save(day);
		corrections.save(new AttendanceCorrection(command.personId(), township.id(), command.day(), old, command.status(),
				reason, by, now));
	}

	private void save(AttendanceDay day) {
		try {
			days.saveAndFlush(day);
		}
		catch (DataIntegrityViolationException | org.springframework.orm.ObjectOptimisticLockingFailureException ex) {
			throw new ConflictException("attendance.error.concurrentChange");
		}
	}

	/** The register of a township already checked against the user's scope (for the figures). */
	Register build(PlaceSummary township, YearMonth month) {
		LocalDate from = month.atDay(1);
		LocalDate to = month.atEndOfMonth();
		Map<Long, String> villages = new LinkedHashMap<>();
		organisation.placesWithin(DataScope.subtree(township.path()), NodeLevel.VILLAGE)
			.forEach(v -> villages.put(v.id(), v.name()));
		List<PostingPeriod> posted = postings.postedIn(villages.keySet(), from, to);
		Set<Long> people = posted.stream().map(PostingPeriod::personId).collect(Collectors.toSet());
		List<LocalDate> workingDays = calendar.workingDaysIn(from, to, township.id());
		Map<Long, StayTimeline> stays = new HashMap<>();
		Map<Long, Map<LocalDate, RegisterCell>> stored = new HashMap<>();
		Map<Long, Set<LocalDate>> onLeave = Map.of();
		if (!people.isEmpty()) {
			Map<Long, List<StayTimeline.Registration>> byPerson = new HashMap<>();
			registrations.findByPersonIdInAndOnDateLessThanEqualOrderByOnDate(people, to)
				.forEach(r -> byPerson.computeIfAbsent(r.getPersonId(), id -> new ArrayList<>()).add(r.asRegistration()));
			byPerson.forEach((person, list) -> stays.put(person, new StayTimeline(list)));
			days.findByPersonIdInAndDayBetween(people, from, to)
				.forEach(d -> stored.computeIfAbsent(d.getPersonId(), id -> new HashMap<>()).put(d.getDay(), d.cell()));
			onLeave = leave.approvedLeaveDays(people, from, to);
		}
		int minimum = parameters.value(PolicyKey.ATTENDANCE_MONTHLY_MINIMUM_DAYS, township.id(), month.getYear());
		List<RegisterRow> rows = new RegisterBuilder(workingDays, new MonthlyPresenceRule(minimum)).rows(posted, stays,
				onLeave, stored);
		var confirmed = months.findByTownshipNodeIdAndMonthStart(township.id(), from);
		return new Register(township, month, from.datesUntil(to.plusDays(1)).toList(), Set.copyOf(workingDays), rows,
				villages, confirmed.map(ConfirmedMonth::getConfirmedBy).orElse(null),
				confirmed.map(ConfirmedMonth::getConfirmedAt).orElse(null), minimum);
	}

	/** On confirmation: every day not yet stored is stored as the records make it, in one batch. */
	private void storeComputedDays(Register register, PlaceSummary township, String by, Instant now) {
		Set<String> stored = days
			.findByPersonIdInAndDayBetween(register.rows().stream().map(RegisterRow::personId).toList(),
					register.month().atDay(1), register.month().atEndOfMonth())
			.stream()
			.map(d -> d.getPersonId() + "/" + d.getDay())
			.collect(Collectors.toSet());
		List<Object[]> batch = new ArrayList<>();
		for (RegisterRow row : register.rows()) {
			row.cells().forEach((day, cell) -> {
				if (!stored.contains(row.personId() + "/" + day)) {
					batch.add(new Object[] { row.personId(), row.villageNodeId(), township.id(), day, cell.status().name(),
							cell.source().name(), by, java.sql.Timestamp.from(now) });
				}
			});
		}
		jdbc.batchUpdate("insert into attendance_day (id, version, person_id, village_node_id, township_node_id, day, "
				+ "status, source, entered_by, entered_at) values (nextval('attendance_day_seq'), 0, ?, ?, ?, ?, ?, ?, ?, ?)",
				batch);
	}

	PlaceSummary township(String code) {
		DataScope scope = scopes.currentScope();
		return organisation.place(code == null ? "" : code.trim())
			.filter(p -> p.level() == NodeLevel.TOWNSHIP)
			.filter(p -> scope.coversPath(p.path()))
			.orElseThrow(() -> new NotFoundException("attendance.error.unknownTownship"));
	}

	/** The person's posting on that day in a village of the township, or 404 (ORG-5). */
	private PostingPeriod postingOn(PlaceSummary township, long personId, LocalDate day) {
		if (day == null) {
			throw new InvalidInputException("day", "attendance.error.presenceIncomplete");
		}
		Set<Long> villages = organisation.placesWithin(DataScope.subtree(township.path()), NodeLevel.VILLAGE)
			.stream()
			.map(PlaceSummary::id)
			.collect(Collectors.toSet());
		return postings.ofPerson(personId, day, day)
			.stream()
			.filter(p -> villages.contains(p.villageNodeId()))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("attendance.error.notPosted"));
	}

	/** One lock per township and month for every write on it (SEC-8), held to the end of the transaction. */
	private void lockMonth(long townshipId, YearMonth month) {
		long key = (townshipId << 20) | (month.getYear() * 12L + month.getMonthValue());
		jdbc.query("select pg_advisory_xact_lock(?)", rs -> null, key);
	}

	private static long ownPerson(DataScope scope) {
		Collection<Long> own = scope.personIds();
		if (!scope.isOwnRecordOnly() || own.size() != 1) {
			throw new NotFoundException("attendance.error.notPosted");
		}
		return own.iterator().next();
	}

	private static String text(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.strip();
		if (trimmed.length() > TEXT_MAX) {
			throw new InvalidInputException(field, "attendance.error.tooLong", TEXT_MAX);
		}
		return trimmed;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(CHINA));
	}


}
