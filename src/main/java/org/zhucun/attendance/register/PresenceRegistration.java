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

/**
 * An arrival or departure registration (ATT-2), made by the person or by the township's clerk for
 * them, and confirmed by the clerk — at the latest when the month is confirmed.
 */
@Entity
@Table(name = "presence_registration")
public class PresenceRegistration {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "presence_registration_seq")
	@SequenceGenerator(name = "presence_registration_seq", sequenceName = "presence_registration_seq", allocationSize = 1)
	private Long id;

	@Column(name = "person_id", nullable = false)
	private long personId;

	@Column(name = "village_node_id", nullable = false)
	private long villageNodeId;

	@Column(name = "township_node_id", nullable = false)
	private long townshipNodeId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private PresenceKind kind;

	@Column(name = "on_date", nullable = false)
	private LocalDate onDate;

	@Column(length = 200)
	private String note;

	@Column(name = "recorded_by", nullable = false, length = 64)
	private String recordedBy;

	@Column(name = "recorded_by_clerk", nullable = false)
	private boolean recordedByClerk;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@Column(name = "confirmed_by", length = 64)
	private String confirmedBy;

	@Column(name = "confirmed_at")
	private Instant confirmedAt;

	protected PresenceRegistration() {
	}

	PresenceRegistration(long personId, long villageNodeId, long townshipNodeId, PresenceKind kind, LocalDate onDate,
			String note, String recordedBy, boolean recordedByClerk, Instant recordedAt) {
		this.personId = personId;
		this.villageNodeId = villageNodeId;
		this.townshipNodeId = townshipNodeId;
		this.kind = kind;
		this.onDate = onDate;
		this.note = note;
		this.recordedBy = recordedBy;
		this.recordedByClerk = recordedByClerk;
		this.recordedAt = recordedAt;
		if (recordedByClerk) {
			confirm(recordedBy, recordedAt);
		}
	}

	void confirm(String by, Instant at) {
		if (confirmedBy == null) {
			this.confirmedBy = by;
			this.confirmedAt = at;
		}
	}

	StayTimeline.Registration asRegistration() {
		return new StayTimeline.Registration(onDate, kind);
	}

	public Long getId() {
		return id;
	}

	public long getPersonId() {
		return personId;
	}

	public PresenceKind getKind() {
		return kind;
	}

	public LocalDate getOnDate() {
		return onDate;
	}

	public String getNote() {
		return note;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public boolean isRecordedByClerk() {
		return recordedByClerk;
	}

	public String getConfirmedBy() {
		return confirmedBy;
	}

}
