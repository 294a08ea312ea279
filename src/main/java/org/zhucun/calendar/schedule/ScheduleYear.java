package org.zhucun.calendar.schedule;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A year whose national schedule is in the calendar (ATT-1): seeded from the library or entered by
 * the system administrator. Once recorded, a year is never seeded again on start, so that the
 * administrator's edits are kept.
 */
@Entity
@Table(name = "calendar_year")
public class ScheduleYear {

	/** Where a year's schedule came from. */
	public enum Source {
		/** Seeded from the tyme4j library (the State Council's published schedule). */
		LIBRARY,
		/** Entered day by day by the system administrator. */
		MANUAL
	}

	@Id
	private Integer year;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Source source;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected ScheduleYear() {
	}

	ScheduleYear(int year, Source source, Instant recordedAt) {
		this.year = year;
		this.source = source;
		this.recordedAt = recordedAt;
	}

	void reseeded(Instant at) {
		this.source = Source.LIBRARY;
		this.recordedAt = at;
	}

	public int getYear() {
		return year;
	}

	public Source getSource() {
		return source;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

}
