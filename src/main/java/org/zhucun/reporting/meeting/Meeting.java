package org.zhucun.reporting.meeting;

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

import org.zhucun.organisation.OfficeSummary;
import org.zhucun.reporting.rules.MeetingKind;

/** A meeting of Art. 5 (REP-4): which, held by which office for which place, when, who took part, minutes. */
@Entity
@Table(name = "meeting")
public class Meeting {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_seq")
	@SequenceGenerator(name = "meeting_seq", sequenceName = "meeting_seq", allocationSize = 1)
	private Long id;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private MeetingKind kind;

	@Column(name = "office_id", nullable = false)
	private Long officeId;

	@Column(name = "office_name", nullable = false, length = 100)
	private String officeName;

	@Column(name = "node_id", nullable = false)
	private Long nodeId;

	@Column(name = "node_path", nullable = false, length = 200)
	private String nodePath;

	@Column(name = "held_on", nullable = false)
	private LocalDate heldOn;

	@Column(nullable = false, length = 2000)
	private String participants;

	@Column(columnDefinition = "text")
	private String minutes;

	@Column(name = "document_id")
	private Long documentId;

	@Column(name = "recorded_by_name", nullable = false, length = 100)
	private String recordedByName;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected Meeting() {
	}

	Meeting(MeetingKind kind, OfficeSummary office, LocalDate heldOn, String participants, String minutes,
			Long documentId, String recordedByName, Instant recordedAt) {
		this.documentId = documentId;
		this.kind = kind;
		this.officeId = office.id();
		this.officeName = office.name();
		this.nodeId = office.nodeId();
		this.nodePath = office.nodePath();
		this.heldOn = heldOn;
		this.participants = participants;
		this.minutes = minutes;
		this.recordedByName = recordedByName;
		this.recordedAt = recordedAt;
	}

	public Long getId() {
		return id;
	}

	public MeetingKind getKind() {
		return kind;
	}

	public Long getOfficeId() {
		return officeId;
	}

	public String getOfficeName() {
		return officeName;
	}

	public Long getNodeId() {
		return nodeId;
	}

	public String getNodePath() {
		return nodePath;
	}

	public LocalDate getHeldOn() {
		return heldOn;
	}

	public String getParticipants() {
		return participants;
	}

	public String getMinutes() {
		return minutes;
	}

	public Long getDocumentId() {
		return documentId;
	}

	public String getRecordedByName() {
		return recordedByName;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

}
