package org.zhucun.reporting.report;

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
import jakarta.persistence.Version;

import org.zhucun.organisation.OfficeKind;
import org.zhucun.organisation.OfficeSummary;

/** One office a report was routed to (REP-1, REP-2), and when and by whom it marked it received. */
@Entity
@Table(name = "report_recipient")
public class ReportRecipient {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_recipient_seq")
	@SequenceGenerator(name = "report_recipient_seq", sequenceName = "report_recipient_seq", allocationSize = 1)
	private Long id;

	@Version
	private long version;

	@Column(name = "report_id", nullable = false)
	private Long reportId;

	@Column(name = "office_id", nullable = false)
	private Long officeId;

	@Column(name = "office_name", nullable = false, length = 100)
	private String officeName;

	@Enumerated(EnumType.STRING)
	@Column(name = "office_kind", nullable = false, length = 32)
	private OfficeKind officeKind;

	@Column(name = "received_at")
	private Instant receivedAt;

	@Column(name = "received_by_name", length = 100)
	private String receivedByName;

	protected ReportRecipient() {
	}

	ReportRecipient(long reportId, OfficeSummary office) {
		this.reportId = reportId;
		this.officeId = office.id();
		this.officeName = office.name();
		this.officeKind = office.kind();
	}

	void markReceived(String byName, Instant at) {
		this.receivedByName = byName;
		this.receivedAt = at;
	}

	public boolean isReceived() {
		return receivedAt != null;
	}

	public Long getId() {
		return id;
	}

	public Long getReportId() {
		return reportId;
	}

	public Long getOfficeId() {
		return officeId;
	}

	public String getOfficeName() {
		return officeName;
	}

	public OfficeKind getOfficeKind() {
		return officeKind;
	}

	public Instant getReceivedAt() {
		return receivedAt;
	}

	public String getReceivedByName() {
		return receivedByName;
	}

}
