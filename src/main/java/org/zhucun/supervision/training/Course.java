package org.zhucun.supervision.training;

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

import org.zhucun.supervision.SupervisionLevel;

/** A training course (TRN-1): who organised it, when, how many days, and whether it was off the job (脱产). */
@Entity
@Table(name = "training_course")
public class Course {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_course_seq")
	@SequenceGenerator(name = "training_course_seq", sequenceName = "training_course_seq", allocationSize = 1)
	private Long id;

	@Column(nullable = false, length = 120)
	private String title;

	@Column(name = "organiser_node_id", nullable = false)
	private long organiserNodeId;

	@Enumerated(EnumType.STRING)
	@Column(name = "organiser_level", nullable = false, length = 8)
	private SupervisionLevel organiserLevel;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "end_date", nullable = false)
	private LocalDate endDate;

	@Column(nullable = false)
	private int days;

	@Column(name = "off_the_job", nullable = false)
	private boolean offTheJob;

	@Column(name = "recorded_by", nullable = false, length = 64)
	private String recordedBy;

	@Version
	private long version;

	protected Course() {
	}

	Course(String title, long organiserNodeId, SupervisionLevel organiserLevel, LocalDate startDate, LocalDate endDate,
			int days, boolean offTheJob, String recordedBy) {
		this.title = title;
		this.organiserNodeId = organiserNodeId;
		this.organiserLevel = organiserLevel;
		this.startDate = startDate;
		this.endDate = endDate;
		this.days = days;
		this.offTheJob = offTheJob;
		this.recordedBy = recordedBy;
	}

	public Long getId() {
		return id;
	}

	public String getTitle() {
		return title;
	}

	public long getOrganiserNodeId() {
		return organiserNodeId;
	}

	public SupervisionLevel getOrganiserLevel() {
		return organiserLevel;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public LocalDate getEndDate() {
		return endDate;
	}

	public int getDays() {
		return days;
	}

	public boolean isOffTheJob() {
		return offTheJob;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

}
