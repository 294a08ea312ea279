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

import org.zhucun.attendance.DayStatus;

/** A change of a confirmed day (ATT-9): old and new status, the reason, who and when. Written once. */
@Entity
@Table(name = "attendance_correction")
public class AttendanceCorrection {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attendance_correction_seq")
	@SequenceGenerator(name = "attendance_correction_seq", sequenceName = "attendance_correction_seq", allocationSize = 1)
	private Long id;

	@Column(name = "person_id", nullable = false)
	private long personId;

	@Column(name = "township_node_id", nullable = false)
	private long townshipNodeId;

	@Column(nullable = false)
	private LocalDate day;

	@Enumerated(EnumType.STRING)
	@Column(name = "old_status", nullable = false, length = 20)
	private DayStatus oldStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "new_status", nullable = false, length = 20)
	private DayStatus newStatus;

	@Column(nullable = false, length = 200)
	private String reason;

	@Column(name = "corrected_by", nullable = false, length = 64)
	private String correctedBy;

	@Column(name = "corrected_at", nullable = false)
	private Instant correctedAt;

	protected AttendanceCorrection() {
	}

	AttendanceCorrection(long personId, long townshipNodeId, LocalDate day, DayStatus oldStatus, DayStatus newStatus,
			String reason, String correctedBy, Instant correctedAt) {
		this.personId = personId;
		this.townshipNodeId = townshipNodeId;
		this.day = day;
		this.oldStatus = oldStatus;
		this.newStatus = newStatus;
		this.reason = reason;
		this.correctedBy = correctedBy;
		this.correctedAt = correctedAt;
	}

	public long getPersonId() {
		return personId;
	}

	public LocalDate getDay() {
		return day;
	}

	public DayStatus getOldStatus() {
		return oldStatus;
	}

	public DayStatus getNewStatus() {
		return newStatus;
	}

	public String getReason() {
		return reason;
	}

	public String getCorrectedBy() {
		return correctedBy;
	}

	public Instant getCorrectedAt() {
		return correctedAt;
	}

}
