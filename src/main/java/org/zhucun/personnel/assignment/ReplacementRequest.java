package org.zhucun.personnel.assignment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.zhucun.personnel.ReplacementTrigger;

/** A request to replace a posted person, opened by a rule (PER-4, ATT-6, USE-3); closed by the withdrawal. */
@Entity
@Table(name = "replacement_request")
public class ReplacementRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "replacement_request_seq")
	@SequenceGenerator(name = "replacement_request_seq", sequenceName = "replacement_request_seq", allocationSize = 1)
	private Long id;

	@Column(name = "person_id", nullable = false)
	private long personId;

	@Column(name = "assignment_id", nullable = false)
	private long assignmentId;

	@Column(name = "village_node_id", nullable = false)
	private long villageNodeId;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	@Enumerated(EnumType.STRING)
	@Column(name = "trigger_kind", nullable = false, length = 16)
	private ReplacementTrigger trigger;

	@Column(nullable = false, length = 300)
	private String reason;

	@Column(name = "opened_at", nullable = false)
	private Instant openedAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	protected ReplacementRequest() {
	}

	ReplacementRequest(Assignment posting, ReplacementTrigger trigger, String reason, Instant openedAt) {
		this.personId = posting.getPersonId();
		this.assignmentId = posting.getId();
		this.villageNodeId = posting.getVillageNodeId();
		this.unitId = posting.getUnitId();
		this.trigger = trigger;
		this.reason = reason;
		this.openedAt = openedAt;
	}

	void close(Instant at) {
		if (closedAt == null) {
			closedAt = at;
		}
	}

	public Long getId() {
		return id;
	}

	public long getPersonId() {
		return personId;
	}

	public long getAssignmentId() {
		return assignmentId;
	}

	public long getVillageNodeId() {
		return villageNodeId;
	}

	public ReplacementTrigger getTrigger() {
		return trigger;
	}

	public String getReason() {
		return reason;
	}

	public Instant getOpenedAt() {
		return openedAt;
	}

	public boolean isOpen() {
		return closedAt == null;
	}

}
