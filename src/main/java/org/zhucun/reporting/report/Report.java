package org.zhucun.reporting.report;

import java.time.Instant;
import java.time.LocalDate;

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

import org.zhucun.personnel.ActivePostings.ActivePosting;
import org.zhucun.reporting.rules.ReportDeadlines;
import org.zhucun.reporting.rules.ReportKind;

/**
 * A submitted report (REP-1..3): whose, of which kind and period, where the author was posted, its
 * title and text (or uploaded document), its due date and when it was submitted. Written once: it
 * is not edited after submission; its recipients mark it received ({@link ReportRecipient}).
 */
@Entity
@Table(name = "report")
public class Report {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_seq")
	@SequenceGenerator(name = "report_seq", sequenceName = "report_seq", allocationSize = 1)
	private Long id;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ReportKind kind;

	@Column(name = "period_year", nullable = false)
	private int periodYear;

	@Column(name = "period_no", nullable = false)
	private int periodNo;

	@Column(name = "person_id", nullable = false)
	private Long personId;

	@Column(name = "person_name", nullable = false, length = 100)
	private String personName;

	@Column(name = "assignment_id", nullable = false)
	private Long assignmentId;

	@Column(name = "village_node_id", nullable = false)
	private Long villageNodeId;

	@Column(name = "township_node_id", nullable = false)
	private Long townshipNodeId;

	@Column(name = "county_node_id", nullable = false)
	private Long countyNodeId;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(columnDefinition = "text")
	private String body;

	@Column(name = "document_id")
	private Long documentId;

	@Column(name = "due_date")
	private LocalDate dueDate;

	@Column(name = "submitted_on", nullable = false)
	private LocalDate submittedOn;

	@Column(name = "submitted_at", nullable = false)
	private Instant submittedAt;

	@Column(name = "submitted_by_name", nullable = false, length = 100)
	private String submittedByName;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Report() {
	}

	Report(ActivePosting posting, ReportKind kind, int periodYear, int periodNo, String title, String body, Long documentId,
			LocalDate dueDate, Instant submittedAt, LocalDate submittedOn, String submittedByName) {
		this.kind = kind;
		this.periodYear = periodYear;
		this.periodNo = periodNo;
		this.personId = posting.personId();
		this.personName = posting.personName();
		this.assignmentId = posting.assignmentId();
		this.villageNodeId = posting.villageNodeId();
		this.townshipNodeId = posting.townshipNodeId();
		this.countyNodeId = posting.countyNodeId();
		this.unitId = posting.unitId();
		this.title = title;
		this.body = body;
		this.documentId = documentId;
		this.dueDate = dueDate;
		this.submittedAt = submittedAt;
		this.submittedOn = submittedOn;
		this.submittedByName = submittedByName;
	}

	/** REP-5: submitted after its due date. */
	public boolean isLate() {
		return ReportDeadlines.isLate(dueDate, submittedOn);
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

	public Long getId() {
		return id;
	}

	public ReportKind getKind() {
		return kind;
	}

	public int getPeriodYear() {
		return periodYear;
	}

	public int getPeriodNo() {
		return periodNo;
	}

	public Long getPersonId() {
		return personId;
	}

	public String getPersonName() {
		return personName;
	}

	public Long getVillageNodeId() {
		return villageNodeId;
	}

	public Long getTownshipNodeId() {
		return townshipNodeId;
	}

	public Long getCountyNodeId() {
		return countyNodeId;
	}

	public Long getUnitId() {
		return unitId;
	}

	public String getTitle() {
		return title;
	}

	public String getBody() {
		return body;
	}

	public Long getDocumentId() {
		return documentId;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

	public LocalDate getSubmittedOn() {
		return submittedOn;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public String getSubmittedByName() {
		return submittedByName;
	}

}
