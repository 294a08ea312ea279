package org.zhucun.attendance.register;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A township's month confirmed by its clerk (ATT-9): who and when. Never changed afterwards. */
@Entity
@Table(name = "attendance_month")
class ConfirmedMonth {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attendance_month_seq")
	@SequenceGenerator(name = "attendance_month_seq", sequenceName = "attendance_month_seq", allocationSize = 1)
	private Long id;

	@Column(name = "township_node_id", nullable = false)
	private long townshipNodeId;

	@Column(name = "month_start", nullable = false)
	private LocalDate monthStart;

	@Column(name = "confirmed_by", nullable = false, length = 64)
	private String confirmedBy;

	@Column(name = "confirmed_at", nullable = false)
	private Instant confirmedAt;

	protected ConfirmedMonth() {
	}

	ConfirmedMonth(long townshipNodeId, LocalDate monthStart, String confirmedBy, Instant confirmedAt) {
		this.townshipNodeId = townshipNodeId;
		this.monthStart = monthStart;
		this.confirmedBy = confirmedBy;
		this.confirmedAt = confirmedAt;
	}

	public String getConfirmedBy() {
		return confirmedBy;
	}

	public Instant getConfirmedAt() {
		return confirmedAt;
	}

}
