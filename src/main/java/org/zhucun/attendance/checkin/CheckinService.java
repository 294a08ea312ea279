package org.zhucun.attendance.checkin;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhucun.common.scope.DataScope;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.common.security.CurrentActor;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.organisation.NodeLevel;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.PlaceSummary;
import org.zhucun.organisation.VillageLocation;
import org.zhucun.organisation.VillageSummary;
import org.zhucun.personnel.ActivePostings;
import org.zhucun.personnel.ActivePostings.ActivePosting;

/**
 * Optional phone check-in (ATT-8, BUR-2, SEC-5, SEC-9). A county's organisation department switches
 * it on for its county (off by default). A linked cadre checks in with the phone's location: the
 * check-in is stored with the server's and the phone's time, the distance from the village centre
 * and whether that lies inside the village's fence; a retry with the same idempotency key is
 * answered from the store. A check-in supports the township's register; it never changes it.
 */
@Service
public class CheckinService {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final BigDecimal MAX_ACCURACY = BigDecimal.valueOf(100_000);

	private final CheckinRepository checkins;

	private final CountyCheckinRepository counties;

	private final OrganisationDirectory organisation;

	private final ActivePostings postings;

	private final DataScopeProvider scopes;

	private final TransactionTemplate transaction;

	private final Clock clock;

	CheckinService(CheckinRepository checkins, CountyCheckinRepository counties, OrganisationDirectory organisation,
			ActivePostings postings, DataScopeProvider scopes, TransactionTemplate transaction, Clock clock) {
		this.checkins = checkins;
		this.counties = counties;
		this.organisation = organisation;
		this.postings = postings;
		this.scopes = scopes;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * The caller checks in (ATT-8). Each attempt is one transaction (SEC-9). Two requests with the
	 * same key at once: the unique key (person, idempotency key) lets one insert through; the other
	 * then reads what the first stored and answers with it.
	 */
	public CheckinResult submit(String idempotencyKey, CheckinCommand command) {
		if (!IdempotentSubmission.validKey(idempotencyKey)) {
			throw new InvalidInputException("Idempotency-Key", "attendance.checkin.error.key");
		}
		validate(command);
		long person = ownPerson();
		String hash = IdempotentSubmission.payloadHash(command.latitude(), command.longitude(), command.accuracyMetres(),
				command.deviceTime());
		try {
			return transaction.execute(status -> attempt(person, idempotencyKey, hash, command));
		}
		catch (DataIntegrityViolationException ex) {
			return transaction.execute(status -> checkins.findByPersonIdAndIdempotencyKey(person, idempotencyKey)
				.map(stored -> answer(stored, hash))
				.orElseThrow(() -> ex));
		}
	}

	private CheckinResult attempt(long person, String key, String hash, CheckinCommand command) {
		Optional<Checkin> stored = checkins.findByPersonIdAndIdempotencyKey(person, key);
		if (stored.isPresent()) {
			return answer(stored.get(), hash);
		}
		ActivePosting posting = postings.of(person)
			.orElseThrow(() -> new CheckinRefusedException("attendance.checkin.error.notPosted"));
		if (!enabledIn(posting.countyNodeId())) {
			throw new CheckinRefusedException("attendance.checkin.error.off");
		}
		VillageLocation village = organisation.villageLocation(posting.villageNodeId())
			.orElseThrow(() -> new CheckinRefusedException("attendance.checkin.error.noVillageLocation",
					posting.villageName()));
		double latitude = command.latitude().doubleValue();
		double longitude = command.longitude().doubleValue();
		Geofence.Verdict verdict = new Geofence(village.latitude(), village.longitude(), village.geofenceRadiusMetres())
			.check(latitude, longitude);
		Instant now = clock.instant();
		Integer accuracy = command.accuracyMetres() == null ? null
				: command.accuracyMetres().setScale(0, RoundingMode.HALF_UP).intValueExact();
		Checkin checkin = checkins.saveAndFlush(new Checkin(person, posting.villageNodeId(), posting.townshipNodeId(),
				LocalDate.ofInstant(now, CHINA), now, command.deviceTime(), latitude, longitude, accuracy, verdict, key,
				hash));
		return new CheckinResult(checkin, false, village.name());
	}

	/** A key seen before: the same payload is a retry and gets the stored check-in; another payload is refused. */
	private CheckinResult answer(Checkin stored, String hash) {
		switch (IdempotentSubmission.decide(stored.getPayloadHash(), hash)) {
			case REPLAY -> {
				return new CheckinResult(stored, true, villageName(stored.getVillageNodeId()));
			}
			case KEY_REUSED -> throw new ConflictException("attendance.checkin.error.keyReused");
			default -> throw new IllegalStateException("a stored check-in has a payload hash");
		}
	}

	/** The caller's check-in page: whether they can check in, today's check-in and the latest ones. */
	@Transactional(readOnly = true)
	public OwnCheckins own() {
		long person = ownPerson();
		List<Checkin> recent = checkins.findTop10ByPersonIdOrderByServerTimeDesc(person);
		LocalDate today = LocalDate.now(clock.withZone(CHINA));
		Checkin todays = recent.stream().filter(c -> c.isAccepted() && c.getDay().equals(today)).findFirst().orElse(null);
		Optional<ActivePosting> posting = postings.of(person);
		if (posting.isEmpty()) {
			return new OwnCheckins(OwnCheckins.State.NOT_POSTED, null, null, todays, recent);
		}
		String villageName = posting.get().villageName();
		if (!enabledIn(posting.get().countyNodeId())) {
			return new OwnCheckins(OwnCheckins.State.OFF, villageName, null, todays, recent);
		}
		return organisation.villageLocation(posting.get().villageNodeId())
			.map(v -> new OwnCheckins(OwnCheckins.State.READY, villageName, v.geofenceRadiusMetres(), todays, recent))
			.orElseGet(() -> new OwnCheckins(OwnCheckins.State.NO_LOCATION, villageName, null, todays, recent));
	}

	/**
	 * The days with an accepted check-in of these people between two days, for the register's marker.
	 * Unscoped: the register has narrowed the people to its township already.
	 */
	@Transactional(readOnly = true)
	public CheckinMarks acceptedDays(Collection<Long> personIds, LocalDate from, LocalDate to) {
		if (personIds.isEmpty()) {
			return CheckinMarks.none();
		}
		Map<Long, Set<LocalDate>> days = new HashMap<>();
		checkins.findByPersonIdInAndDayBetweenAndAcceptedTrue(personIds, from, to)
			.forEach(c -> days.computeIfAbsent(c.getPersonId(), id -> new HashSet<>()).add(c.getDay()));
		return new CheckinMarks(days);
	}

	/** The counties in the user's scope and whether check-in is on in each (ORG-5). */
	@Transactional(readOnly = true)
	public List<CountySwitch> counties() {
		return organisation.placesWithin(scopes.currentScope(), NodeLevel.COUNTY).stream().map(this::switchOf).toList();
	}

	/** Switches check-in on or off in a county of the user's scope; another county answers 404 (ORG-5). */
	@Transactional
	public CountySwitch switchCounty(String countyCode, boolean enabled) {
		DataScope scope = scopes.currentScope();
		PlaceSummary county = organisation.place(countyCode == null ? "" : countyCode.strip())
			.filter(p -> p.level() == NodeLevel.COUNTY && p.active() && scope.coversPath(p.path()))
			.orElseThrow(() -> new NotFoundException("attendance.checkin.error.unknownCounty"));
		CountyCheckin setting = counties.findById(county.id()).orElseGet(() -> new CountyCheckin(county.id()));
		setting.set(enabled, CurrentActor.name(), clock.instant());
		try {
			counties.saveAndFlush(setting);
		}
		catch (DataIntegrityViolationException | org.springframework.orm.ObjectOptimisticLockingFailureException ex) {
			throw new ConflictException("attendance.checkin.error.concurrentSwitch");
		}
		return switchOf(county);
	}

	private CountySwitch switchOf(PlaceSummary county) {
		Optional<CountyCheckin> setting = counties.findById(county.id());
		return new CountySwitch(county.code(), county.name(), setting.map(CountyCheckin::isEnabled).orElse(false),
				setting.map(CountyCheckin::getChangedBy).orElse(null), setting.map(CountyCheckin::getChangedAt).orElse(null));
	}

	private boolean enabledIn(long countyNodeId) {
		return counties.findById(countyNodeId).map(CountyCheckin::isEnabled).orElse(false);
	}

	private String villageName(long villageNodeId) {
		return organisation.village(villageNodeId).map(VillageSummary::name).orElse("");
	}

	private static void validate(CheckinCommand command) {
		if (command == null || command.latitude() == null || command.longitude() == null) {
			throw new InvalidInputException("latitude", "attendance.checkin.error.noLocation");
		}
		if (!Geofence.validCoordinates(command.latitude().doubleValue(), command.longitude().doubleValue())) {
			throw new InvalidInputException("latitude", "attendance.checkin.error.badLocation");
		}
		if (command.accuracyMetres() != null && (command.accuracyMetres().signum() < 0
				|| command.accuracyMetres().compareTo(MAX_ACCURACY) > 0)) {
			throw new InvalidInputException("accuracyMetres", "attendance.checkin.error.badAccuracy");
		}
		if (command.deviceTime() == null) {
			throw new InvalidInputException("deviceTime", "attendance.checkin.error.noDeviceTime");
		}
	}

	/** The caller's own person (a linked cadre's scope); anyone else has no posting to check in at. */
	private long ownPerson() {
		DataScope scope = scopes.currentScope();
		if (!scope.isOwnRecordOnly() || scope.personIds().size() != 1) {
			throw new CheckinRefusedException("attendance.checkin.error.notPosted");
		}
		return scope.personIds().iterator().next();
	}


}
