package org.zhucun.calendar.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.zhucun.common.web.InvalidInputException;

/**
 * One day of the national schedule that differs from the weekly rhythm (ATT-1): a statutory
 * holiday or a make-up working day, with the festival it belongs to and the reason of its last
 * edit. Every change is audited by the entity auditor.
 */
@Entity
@Table(name = "calendar_special_day")
public class SpecialDay {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_special_day_seq")
	@SequenceGenerator(name = "calendar_special_day_seq", sequenceName = "calendar_special_day_seq", allocationSize = 1)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false)
	private LocalDate day;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private SpecialDayKind kind;

	@Column(nullable = false, length = 50)
	private String name;

	@Column(length = 200)
	private String reason;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected SpecialDay() {
	}

	SpecialDay(LocalDate day, SpecialDayKind kind, String name, String reason) {
		this.day = day;
		change(kind, name, reason);
	}

	/** Sets the kind and the name; a make-up working day must fall on a weekend. */
	void change(SpecialDayKind kind, String name, String reason) {
		if (kind == SpecialDayKind.MAKEUP_WORKDAY && !isWeekend(day)) {
			throw new InvalidInputException("kind", "calendar.error.makeupOnWeekday");
		}
		this.kind = kind;
		this.name = name;
		this.reason = reason;
	}

	static boolean isWeekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	@PrePersist
	void onCreate() {
		createdAt = Instant.now();
		updatedAt = createdAt;
	}

	@PreUpdate
	void onUpdate() {
		updatedAt = Instant.now();
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public LocalDate getDay() {
		return day;
	}

	public SpecialDayKind getKind() {
		return kind;
	}

	public String getName() {
		return name;
	}

	public String getReason() {
		return reason;
	}

}
