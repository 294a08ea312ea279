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

/** A spot check (抽查) by the county organisation department (ATT-7): written once, never changed. */
@Entity
@Table(name = "attendance_spot_check")
public class SpotCheck {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attendance_spot_check_seq")
	@SequenceGenerator(name = "attendance_spot_check_seq", sequenceName = "attendance_spot_check_seq", allocationSize = 1)
	private Long id;

	@Column(name = "person_id", nullable = false)
	private long personId;

	@Column(name = "village_node_id", nullable = false)
	private long villageNodeId;

	@Column(name = "township_node_id", nullable = false)
	private long townshipNodeId;

	@Column(nullable = false)
	private LocalDate day;

	@Column(name = "found_present", nullable = false)
	private boolean foundPresent;

	@Column(length = 200)
	private String note;

	@Column(name = "checked_by", nullable = false, length = 64)
	private String checkedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected SpotCheck() {
	}

	SpotCheck(long personId, long villageNodeId, long townshipNodeId, LocalDate day, boolean foundPresent, String note,
			String checkedBy, Instant recordedAt) {
		this.personId = personId;
		this.villageNodeId = villageNodeId;
		this.townshipNodeId = townshipNodeId;
		this.day = day;
		this.foundPresent = foundPresent;
		this.note = note;
		this.checkedBy = checkedBy;
		this.recordedAt = recordedAt;
	}

	public Long getId() {
		return id;
	}

	public long getPersonId() {
		return personId;
	}

	public LocalDate getDay() {
		return day;
	}

	public boolean isFoundPresent() {
		return foundPresent;
	}

	public String getNote() {
		return note;
	}

	public String getCheckedBy() {
		return checkedBy;
	}

}
