package org.zhucun.leave.request;

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

import org.zhucun.leave.rules.ApproverKind;

/**
 * One approver's decision on a leave request (LEA-1/2): which kind of approver, which office and
 * person, approve or refuse, the opinion and the time. Never changed; one per approver kind (SEC-8).
 */
@Entity
@Table(name = "leave_decision")
public class LeaveDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "leave_decision_seq")
	@SequenceGenerator(name = "leave_decision_seq", sequenceName = "leave_decision_seq", allocationSize = 1)
	private Long id;

	@Column(name = "request_id", nullable = false)
	private Long requestId;

	@Enumerated(EnumType.STRING)
	@Column(name = "approver_kind", nullable = false, length = 40)
	private ApproverKind approverKind;

	@Column(nullable = false)
	private boolean approved;

	@Column(length = 500)
	private String opinion;

	@Column(name = "office_id", nullable = false)
	private Long officeId;

	@Column(name = "office_name", nullable = false, length = 200)
	private String officeName;

	@Column(name = "decided_by_account_id", nullable = false)
	private Long decidedByAccountId;

	@Column(name = "decided_by_name", nullable = false, length = 100)
	private String decidedByName;

	@Column(name = "decided_at", nullable = false)
	private Instant decidedAt;

	protected LeaveDecision() {
	}

	LeaveDecision(long requestId, ApproverKind approverKind, boolean approved, String opinion, long officeId,
			String officeName, long decidedByAccountId, String decidedByName, Instant decidedAt) {
		this.requestId = requestId;
		this.approverKind = approverKind;
		this.approved = approved;
		this.opinion = opinion;
		this.officeId = officeId;
		this.officeName = officeName;
		this.decidedByAccountId = decidedByAccountId;
		this.decidedByName = decidedByName;
		this.decidedAt = decidedAt;
	}

	public Long getId() {
		return id;
	}

	public Long getRequestId() {
		return requestId;
	}

	public ApproverKind getApproverKind() {
		return approverKind;
	}

	public boolean isApproved() {
		return approved;
	}

	public String getOpinion() {
		return opinion;
	}

	public String getOfficeName() {
		return officeName;
	}

	public String getDecidedByName() {
		return decidedByName;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

}
