package org.zhucun.assessment.chain;

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

import org.zhucun.assessment.Grade;
import org.zhucun.assessment.rules.Step;

/** A signed step of the chain: the opinion (or summary), the grade where the step sets one, who signed and when. */
@Entity
@Table(name = "assessment_step")
public class StepRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_step_seq")
	@SequenceGenerator(name = "assessment_step_seq", sequenceName = "assessment_step_seq", allocationSize = 1)
	private Long id;

	@Column(name = "assessment_id", nullable = false)
	private Long assessmentId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Step step;

	@Column(nullable = false, length = 4000)
	private String opinion;

	@Enumerated(EnumType.STRING)
	@Column(length = 12)
	private Grade grade;

	@Column(nullable = false, length = 100)
	private String signer;

	@Column(name = "signed_on", nullable = false)
	private LocalDate signedOn;

	@Column(name = "signed_at", nullable = false)
	private Instant signedAt;

	@Column(name = "on_paper", nullable = false)
	private boolean onPaper;

	protected StepRecord() {
	}

	StepRecord(Long assessmentId, Step step, String opinion, Grade grade, String signer, LocalDate signedOn,
			Instant signedAt, boolean onPaper) {
		this.assessmentId = assessmentId;
		this.step = step;
		this.opinion = opinion;
		this.grade = grade;
		this.signer = signer;
		this.signedOn = signedOn;
		this.signedAt = signedAt;
		this.onPaper = onPaper;
	}

	public Long getId() {
		return id;
	}

	public Step getStep() {
		return step;
	}

	public String getOpinion() {
		return opinion;
	}

	/** The opinion line by line, as written (the page shows each line). */
	public java.util.List<String> getOpinionLines() {
		return opinion.lines().toList();
	}

	public Grade getGrade() {
		return grade;
	}

	public String getSigner() {
		return signer;
	}

	public LocalDate getSignedOn() {
		return signedOn;
	}

	public Instant getSignedAt() {
		return signedAt;
	}

	public boolean isOnPaper() {
		return onPaper;
	}

}
