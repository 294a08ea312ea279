package org.zhucun.tasks.plan;

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

/** A document attached to a plan or one of its tasks; the bytes are kept by module document. */
@Entity
@Table(name = "plan_document")
public class PlanDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_document_seq")
	@SequenceGenerator(name = "plan_document_seq", sequenceName = "plan_document_seq", allocationSize = 1)
	private Long id;

	@Column(name = "plan_id", nullable = false)
	private long planId;

	@Column(name = "task_id")
	private Long taskId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 24)
	private PlanDocumentKind kind;

	@Column(name = "document_id", nullable = false)
	private long documentId;

	@Column(name = "added_by", nullable = false, length = 64)
	private String addedBy;

	@Column(name = "added_at", nullable = false)
	private Instant addedAt;

	protected PlanDocument() {
	}

	PlanDocument(long planId, Long taskId, PlanDocumentKind kind, long documentId, String addedBy, Instant addedAt) {
		this.planId = planId;
		this.taskId = taskId;
		this.kind = kind;
		this.documentId = documentId;
		this.addedBy = addedBy;
		this.addedAt = addedAt;
	}

	public Long getId() {
		return id;
	}

	public long getPlanId() {
		return planId;
	}

	public Long getTaskId() {
		return taskId;
	}

	public PlanDocumentKind getKind() {
		return kind;
	}

	public long getDocumentId() {
		return documentId;
	}

	public String getAddedBy() {
		return addedBy;
	}

}
