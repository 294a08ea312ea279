package org.zhucun.evidence.record;

import java.math.BigDecimal;
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

import org.zhucun.evidence.CountingEvidence;
import org.zhucun.evidence.EvidenceKind;
import org.zhucun.evidence.EvidenceLevel;
import org.zhucun.evidence.EvidenceState;
import org.zhucun.evidence.FundSource;

/** A piece of bonus evidence (Annex 1–3), pending until the township or county verifies or refuses it. */
@Entity
@Table(name = "bonus_evidence")
public class Evidence {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bonus_evidence_seq")
	@SequenceGenerator(name = "bonus_evidence_seq", sequenceName = "bonus_evidence_seq", allocationSize = 1)
	private Long id;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private EvidenceKind kind;

	@Column(name = "village_node_id", nullable = false)
	private long villageNodeId;

	@Column(name = "unit_id")
	private Long unitId;

	@Column(name = "person_id")
	private Long personId;

	@Column(name = "person_name", length = 50)
	private String personName;

	@Enumerated(EnumType.STRING)
	@Column(length = 10)
	private EvidenceLevel level;

	@Column(name = "occurred_on", nullable = false)
	private LocalDate occurredOn;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(length = 500)
	private String link;

	@Column(name = "document_id")
	private Long documentId;

	@Column(precision = 14, scale = 2)
	private BigDecimal amount;

	@Enumerated(EnumType.STRING)
	@Column(name = "fund_source", length = 30)
	private FundSource fundSource;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private EvidenceState state = EvidenceState.PENDING;

	@Column(name = "entered_by", nullable = false, length = 64)
	private String enteredBy;

	@Column(name = "entered_at", nullable = false)
	private Instant enteredAt;

	@Column(name = "decided_by", length = 64)
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "refusal_reason", length = 200)
	private String refusalReason;

	protected Evidence() {
	}

	Evidence(EvidenceKind kind, long villageNodeId, Long unitId, Long personId, String personName, EvidenceLevel level,
			LocalDate occurredOn, String title, String link, Long documentId, BigDecimal amount, FundSource fundSource,
			String enteredBy, Instant enteredAt) {
		this.kind = kind;
		this.villageNodeId = villageNodeId;
		this.unitId = unitId;
		this.personId = personId;
		this.personName = personName;
		this.level = level;
		this.occurredOn = occurredOn;
		this.title = title;
		this.link = link;
		this.documentId = documentId;
		this.amount = amount;
		this.fundSource = fundSource;
		this.enteredBy = enteredBy;
		this.enteredAt = enteredAt;
	}

	void verify(String by, Instant at) {
		this.state = EvidenceState.VERIFIED;
		this.decidedBy = by;
		this.decidedAt = at;
	}

	void refuse(String reason, String by, Instant at) {
		this.state = EvidenceState.REFUSED;
		this.refusalReason = reason;
		this.decidedBy = by;
		this.decidedAt = at;
	}

	/** Whether it counts for its bonus item (verified; funds not from line departments). */
	public boolean isCounting() {
		return CountingRule.counts(kind, state, fundSource);
	}

	public String getCountingReason() {
		return CountingRule.reason(kind, state, fundSource);
	}

	CountingEvidence counting() {
		return new CountingEvidence(id, kind, villageNodeId, unitId, personId, level, occurredOn, title, amount, fundSource,
				decidedBy, decidedAt);
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public EvidenceKind getKind() {
		return kind;
	}

	public long getVillageNodeId() {
		return villageNodeId;
	}

	public Long getUnitId() {
		return unitId;
	}

	public Long getPersonId() {
		return personId;
	}

	public String getPersonName() {
		return personName;
	}

	public EvidenceLevel getLevel() {
		return level;
	}

	public LocalDate getOccurredOn() {
		return occurredOn;
	}

	public String getTitle() {
		return title;
	}

	public String getLink() {
		return link;
	}

	public Long getDocumentId() {
		return documentId;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public FundSource getFundSource() {
		return fundSource;
	}

	public EvidenceState getState() {
		return state;
	}

	public String getEnteredBy() {
		return enteredBy;
	}

	public Instant getEnteredAt() {
		return enteredAt;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public String getRefusalReason() {
		return refusalReason;
	}

}
