package org.zhucun.personnel.publication;

import java.time.Instant;

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
 * CON-1 (Art. 14): one version of a person's public commitments (承诺) for one posting, under the
 * policy's four headings: duties (履行职责), goals (工作目标), service to the people (服务群众) and
 * discipline (组织纪律). A draft is submitted, then approved or returned with a reason by the
 * township party committee; only an approved version is public. Editing after approval starts a new
 * draft, and the approved version stays public until the new one is approved (it is then superseded).
 */
@Entity
@Table(name = "commitment")
public class Commitment {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "commitment_seq")
	@SequenceGenerator(name = "commitment_seq", sequenceName = "commitment_seq", allocationSize = 1)
	private Long id;

	@Version
	private long version;

	@Column(name = "person_id", nullable = false)
	private Long personId;

	@Column(name = "assignment_id", nullable = false)
	private Long assignmentId;

	@Column(name = "village_node_id", nullable = false)
	private Long villageNodeId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private CommitmentStatus status;

	@Column(nullable = false, length = 1000)
	private String duties;

	@Column(nullable = false, length = 1000)
	private String goals;

	@Column(nullable = false, length = 1000)
	private String service;

	@Column(nullable = false, length = 1000)
	private String discipline;

	@Column(name = "return_reason", length = 500)
	private String returnReason;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decided_by", length = 50)
	private String decidedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Commitment() {
	}

	/** A new draft for a posting. */
	Commitment(long personId, long assignmentId, long villageNodeId, CommitmentText text) {
		this.personId = personId;
		this.assignmentId = assignmentId;
		this.villageNodeId = villageNodeId;
		this.status = CommitmentStatus.DRAFT;
		write(text);
	}

	/** Rewrites a draft or a returned version (which becomes a draft again, its reason still shown). */
	void edit(CommitmentText text) {
		if (status == CommitmentStatus.SUBMITTED) {
			throw new InvalidInputException("commitment", "commitment.error.awaitingDecision");
		}
		if (!status.isOpen()) {
			throw new InvalidInputException("commitment", "commitment.error.notEditable");
		}
		write(text);
		status = CommitmentStatus.DRAFT;
	}

	private void write(CommitmentText text) {
		this.duties = text.duties();
		this.goals = text.goals();
		this.service = text.service();
		this.discipline = text.discipline();
	}

	/** Sends a draft (or a returned version) to the township; all four headings must be filled. */
	void submit(Instant now) {
		if (status != CommitmentStatus.DRAFT && status != CommitmentStatus.RETURNED) {
			throw new InvalidInputException("commitment", "commitment.error.notDraft");
		}
		if (!text().complete()) {
			throw new InvalidInputException("commitment", "commitment.error.incomplete");
		}
		status = CommitmentStatus.SUBMITTED;
		submittedAt = now;
	}

	/** The township approves a submitted version: it becomes the public one. */
	void approve(Instant now, String by) {
		requireSubmitted();
		status = CommitmentStatus.APPROVED;
		returnReason = null;
		decidedAt = now;
		decidedBy = by;
	}

	/** The township gives a submitted version back, with a reason the person sees. */
	void giveBack(String reason, Instant now, String by) {
		requireSubmitted();
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "commitment.error.reasonRequired");
		}
		if (reason.strip().length() > 500) {
			throw new InvalidInputException("reason", "validation.tooLong");
		}
		status = CommitmentStatus.RETURNED;
		returnReason = reason.strip();
		decidedAt = now;
		decidedBy = by;
	}

	/** The approved version replaced by a newer approved one. */
	void supersede() {
		if (status == CommitmentStatus.APPROVED) {
			status = CommitmentStatus.SUPERSEDED;
		}
	}

	private void requireSubmitted() {
		if (status != CommitmentStatus.SUBMITTED) {
			throw new InvalidInputException("commitment", "commitment.error.notSubmitted");
		}
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

	public CommitmentText text() {
		return new CommitmentText(duties, goals, service, discipline);
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public Long getPersonId() {
		return personId;
	}

	public Long getAssignmentId() {
		return assignmentId;
	}

	public Long getVillageNodeId() {
		return villageNodeId;
	}

	public CommitmentStatus getStatus() {
		return status;
	}

	public String getReturnReason() {
		return returnReason;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

}
