package org.zhucun.calendar.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhucun.calendar.WorkingDayCalendar;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.PlaceSummary;

/**
 * The working-day calendar of ATT-1, answered from memory: each year's national schedule is built
 * once ({@link YearSchedule}, one bit per day), all local holidays are held by county, and the
 * county of each node is remembered. Every edit drops the cache after its commit
 * ({@link #invalidateAfterCommit}); edits made on another instance are noticed through the
 * database revision, looked at no more often than {@link CalendarProperties#refreshCheck()}.
 * <p>
 * A load racing with an edit is never kept: a load remembers the generation it started in and
 * withdraws its result if an invalidation happened meanwhile.
 */
@Component
public class CachedWorkingDayCalendar implements WorkingDayCalendar {

	/** Years outside this range are never looked up in the database: weekends only. */
	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	private final SpecialDayRepository specialDays;

	private final ScheduleYearRepository years;

	private final LocalHolidayRepository localHolidays;

	private final OrganisationDirectory organisation;

	private final CalendarRevision revision;

	private final long refreshNanos;

	private final Map<Integer, YearSchedule> schedules = new ConcurrentHashMap<>();

	private final Map<Long, Optional<Long>> countyOfNode = new ConcurrentHashMap<>();

	private volatile Map<Long, Set<LocalDate>> localByCounty;

	private final AtomicLong generation = new AtomicLong();

	private volatile long seenRevision = -1;

	private volatile long lastCheck;

	CachedWorkingDayCalendar(SpecialDayRepository specialDays, ScheduleYearRepository years,
			LocalHolidayRepository localHolidays, OrganisationDirectory organisation, CalendarRevision revision,
			CalendarProperties properties) {
		this.specialDays = specialDays;
		this.years = years;
		this.localHolidays = localHolidays;
		this.organisation = organisation;
		this.revision = revision;
		this.refreshNanos = properties.refreshCheck().toNanos();
		this.lastCheck = System.nanoTime() - refreshNanos - 1;
	}

	@Override
	public boolean isWorkingDay(LocalDate day) {
		return schedule(day.getYear()).isWorkingDay(day);
	}

	@Override
	public boolean isWorkingDay(LocalDate day, long nodeId) {
		return isWorkingDay(day) && !localHolidaysOf(nodeId).contains(day);
	}

	@Override
	public int workingDays(LocalDate from, LocalDate to) {
		return count(from, to, Set.of());
	}

	@Override
	public int workingDays(LocalDate from, LocalDate to, long nodeId) {
		return count(from, to, localHolidaysOf(nodeId));
	}

	@Override
	public List<LocalDate> workingDaysIn(LocalDate from, LocalDate to, long nodeId) {
		Set<LocalDate> local = localHolidaysOf(nodeId);
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
			if (isWorkingDay(d) && !local.contains(d)) {
				days.add(d);
			}
		}
		return days;
	}

	@Override
	public boolean isScheduleKnown(int year) {
		return schedule(year).known();
	}

	private int count(LocalDate from, LocalDate to, Set<LocalDate> local) {
		int n = 0;
		for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
			if (isWorkingDay(d) && !local.contains(d)) {
				n++;
			}
		}
		return n;
	}

	/** The national schedule of a year, from memory. */
	public YearSchedule schedule(int year) {
		refreshIfStale();
		YearSchedule cached = schedules.get(year);
		if (cached != null) {
			return cached;
		}
		long started = generation.get();
		YearSchedule loaded = load(year);
		keep(schedules, year, loaded, started);
		return loaded;
	}

	/** The local holidays of the county holding the node (none above county level). */
	public Set<LocalDate> localHolidaysOf(long nodeId) {
		refreshIfStale();
		Optional<Long> county = countyOfNode.get(nodeId);
		if (county == null) {
			long started = generation.get();
			county = organisation.countyOf(nodeId).map(PlaceSummary::id);
			keep(countyOfNode, nodeId, county, started);
		}
		return county.map(c -> localByCounty().getOrDefault(c, Set.of())).orElse(Set.of());
	}

	/** The county holding the node, remembered. */
	public Optional<Long> countyOf(long nodeId) {
		localHolidaysOf(nodeId);
		return countyOfNode.getOrDefault(nodeId, Optional.empty());
	}

	private Map<Long, Set<LocalDate>> localByCounty() {
		Map<Long, Set<LocalDate>> local = localByCounty;
		if (local != null) {
			return local;
		}
		long started = generation.get();
		Map<Long, Set<LocalDate>> loaded = new HashMap<>();
		localHolidays.findAll().forEach(h -> loaded.computeIfAbsent(h.getCountyNodeId(), c -> new HashSet<>()).add(h.getDay()));
		loaded.replaceAll((c, days) -> Set.copyOf(days));
		Map<Long, Set<LocalDate>> frozen = Map.copyOf(loaded);
		localByCounty = frozen;
		if (generation.get() != started) {
			localByCounty = null;
		}
		return frozen;
	}

	private YearSchedule load(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			return YearSchedule.unknown(year);
		}
		List<ScheduledDay> days = specialDays
			.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
			.map(s -> new ScheduledDay(s.getDay(), s.getKind(), s.getName()))
			.toList();
		return YearSchedule.of(year, years.existsById(year), days);
	}

	private <K, V> void keep(Map<K, V> cache, K key, V value, long started) {
		cache.putIfAbsent(key, value);
		if (generation.get() != started) {
			cache.remove(key, value);
		}
	}

	/** Drops everything cached; the next look-up reads the database again. */
	public void invalidate() {
		generation.incrementAndGet();
		schedules.clear();
		countyOfNode.clear();
		localByCounty = null;
	}

	/**
	 * Drops the cache once the current transaction commits (at once outside a transaction), so that
	 * no look-up in between can cache the old state for good.
	 */
	void invalidateAfterCommit() {
		invalidate();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					invalidate();
				}
			});
		}
	}

	/**
	 * Looks at the database revision at most once per refresh interval; if another instance edited
	 * the calendar, drops the cache. The county of each node is dropped too, so that a node moved
	 * to another county is noticed within the interval.
	 */
	private void refreshIfStale() {
		long now = System.nanoTime();
		if (now - lastCheck < refreshNanos) {
			return;
		}
		lastCheck = now;
		long current = revision.current();
		if (current != seenRevision) {
			invalidate();
			seenRevision = current;
		}
		else {
			countyOfNode.clear();
		}
	}

}
