package org.zhucun.attendance.register;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.zhucun.attendance.DayStatus;

/**
 * A stored day of the register (ATT-9): the clerk's exception before the month is confirmed, and
 * every day once it is. Who entered it and when is kept (BUR-3).
 */
@Entity
@Table(name = "attendance_day")
class AttendanceDay {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attendance_day_seq")
	@SequenceGenerator(name = "attendance_day_seq", sequenceName = "attendance_day_seq", allocationSize = 1)
	private Long id;

	@Version
	private long version;

	@Column(name = "person_id", nullable = false)
	private long personId;

	@Column(name = "village_node_id", nullable = false)
	private long villageNodeId;

	@Column(name = "township_node_id", nullable = false)
	private long townshipNodeId;

	@Column(nullable = false)
	private LocalDate day;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private DayStatus status;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private DaySource source;

	@Column(length = 200)
	private String note;

	@Column(name = "entered_by", length = 64)
	private String enteredBy;

	@Column(name = "entered_at")
	private Instant enteredAt;

	protected AttendanceDay() {
	}

	AttendanceDay(long personId, long villageNodeId, long townshipNodeId, LocalDate day) {
		this.personId = personId;
		this.villageNodeId = villageNodeId;
		this.townshipNodeId = townshipNodeId;
		this.day = day;
	}

	void enter(DayStatus status, DaySource source, String note, String by, Instant at) {
		this.status = status;
		this.source = source;
		this.note = note;
		this.enteredBy = by;
		this.enteredAt = at;
	}

	RegisterCell cell() {
		return new RegisterCell(status, source, note);
	}

	long getPersonId() {
		return personId;
	}

	LocalDate getDay() {
		return day;
	}

	DayStatus getStatus() {
		return status;
	}

}
