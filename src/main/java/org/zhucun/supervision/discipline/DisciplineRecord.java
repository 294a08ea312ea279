package org.zhucun.supervision.discipline;

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

import org.zhucun.supervision.DisciplineKind;
import org.zhucun.supervision.Severity;
import org.zhucun.supervision.SupervisionLevel;

/**
 * A criticism notice, discipline violation or inaction finding about one person (SUP-2): written
 * once by the organisation department that issued or verified it, never changed.
 */
@Entity
@Table(name = "discipline_record")
public class DisciplineRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "discipline_record_seq")
	@SequenceGenerator(name = "discipline_record_seq", sequenceName = "discipline_record_seq", allocationSize = 1)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 24)
	private DisciplineKind kind;

	@Enumerated(EnumType.STRING)
	@Column(length = 24)
	private Severity severity;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 8)
	private SupervisionLevel level;

	@Column(name = "organiser_node_id", nullable = false)
	private long organiserNodeId;

	@Column(name = "person_id", nullable = false)
	private long personId;

	@Column(name = "person_name", nullable = false, length = 64)
	private String personName;

	@Column(name = "village_node_id", nullable = false)
	private long villageNodeId;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	@Column(name = "issued_on", nullable = false)
	private LocalDate issuedOn;

	@Column(name = "issuing_body", nullable = false, length = 100)
	private String issuingBody;

	@Column(nullable = false, length = 500)
	private String summary;

	@Column(name = "recorded_by", nullable = false, length = 64)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected DisciplineRecord() {
	}

	DisciplineRecord(DisciplineKind kind, Severity severity, SupervisionLevel level, long organiserNodeId, long personId,
			String personName, long villageNodeId, long unitId, LocalDate issuedOn, String issuingBody, String summary,
			String recordedBy, Instant recordedAt) {
		this.kind = kind;
		this.severity = severity;
		this.level = level;
		this.organiserNodeId = organiserNodeId;
		this.personId = personId;
		this.personName = personName;
		this.villageNodeId = villageNodeId;
		this.unitId = unitId;
		this.issuedOn = issuedOn;
		this.issuingBody = issuingBody;
		this.summary = summary;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public Long getId() {
		return id;
	}

	public DisciplineKind getKind() {
		return kind;
	}

	public Severity getSeverity() {
		return severity;
	}

	public SupervisionLevel getLevel() {
		return level;
	}

	public long getPersonId() {
		return personId;
	}

	public String getPersonName() {
		return personName;
	}

	public long getVillageNodeId() {
		return villageNodeId;
	}

	public long getUnitId() {
		return unitId;
	}

	public LocalDate getIssuedOn() {
		return issuedOn;
	}

	public String getIssuingBody() {
		return issuingBody;
	}

	public String getSummary() {
		return summary;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

}
