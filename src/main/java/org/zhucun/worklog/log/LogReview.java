package org.zhucun.worklog.log;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.zhucun.personnel.ActivePostings.ActivePosting;
import org.zhucun.worklog.rules.Quarter;

/** LOG-2: the township's review of one person's log for one quarter; published, it is a notice (通报). */
@Entity
@Table(name = "worklog_review")
public class LogReview {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "worklog_review_seq")
	@SequenceGenerator(name = "worklog_review_seq", sequenceName = "worklog_review_seq", allocationSize = 1)
	private Long id;

	@Version
	private Long version;

	@Column(name = "person_id", nullable = false, updatable = false)
	private long personId;

	@Column(name = "person_name", nullable = false, updatable = false, length = 50)
	private String personName;

	@Column(name = "village_node_id", nullable = false, updatable = false)
	private long villageNodeId;

	@Column(name = "township_node_id", nullable = false, updatable = false)
	private long townshipNodeId;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private long unitId;

	@Column(name = "review_year", nullable = false, updatable = false)
	private int reviewYear;

	@Column(name = "review_quarter", nullable = false, updatable = false)
	private int reviewQuarter;

	@Column(nullable = false, length = 4000)
	private String findings;

	@Column(name = "reviewed_by", nullable = false, length = 100)
	private String reviewedBy;

	@Column(name = "reviewed_at", nullable = false)
	private Instant reviewedAt;

	@Column(nullable = false)
	private boolean published;

	@Column(name = "published_by", length = 100)
	private String publishedBy;

	@Column(name = "published_at")
	private Instant publishedAt;

	protected LogReview() {
	}

	LogReview(ActivePosting posting, Quarter quarter, String findings, String reviewedBy, Instant reviewedAt) {
		this.personId = posting.personId();
		this.personName = posting.personName();
		this.villageNodeId = posting.villageNodeId();
		this.townshipNodeId = posting.townshipNodeId();
		this.unitId = posting.unitId();
		this.reviewYear = quarter.year();
		this.reviewQuarter = quarter.quarter();
		this.findings = findings;
		this.reviewedBy = reviewedBy;
		this.reviewedAt = reviewedAt;
	}

	void publish(String by, Instant at) {
		this.published = true;
		this.publishedBy = by;
		this.publishedAt = at;
	}

	public Long getId() {
		return id;
	}

	public Long getVersion() {
		return version;
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

	public long getTownshipNodeId() {
		return townshipNodeId;
	}

	public long getUnitId() {
		return unitId;
	}

	public Quarter getQuarter() {
		return new Quarter(reviewYear, reviewQuarter);
	}

	public String getFindings() {
		return findings;
	}

	public String getReviewedBy() {
		return reviewedBy;
	}

	public Instant getReviewedAt() {
		return reviewedAt;
	}

	public boolean isPublished() {
		return published;
	}

	public String getPublishedBy() {
		return publishedBy;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

}
