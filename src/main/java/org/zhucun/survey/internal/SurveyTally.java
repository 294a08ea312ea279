package org.zhucun.survey.internal;

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

/**
 * BUR-3: the count of one rater group's paper ballots (纸质计票) as the township entered it, with who
 * entered it and when. A correction replaces the counts; the audit log keeps the earlier ones.
 */
@Entity
@Table(name = "survey_tally")
public class SurveyTally {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_tally_gen")
	@SequenceGenerator(name = "survey_tally_gen", sequenceName = "survey_seq", allocationSize = 1)
	private Long id;

	@Version
	private long version;

	@Column(name = "survey_id", nullable = false)
	private long surveyId;

	@Enumerated(EnumType.STRING)
	@Column(name = "rater_group", nullable = false, length = 30)
	private RaterGroup group;

	@Column(nullable = false)
	private int satisfied;

	@Column(name = "fairly_satisfied", nullable = false)
	private int fairlySatisfied;

	@Column(nullable = false)
	private int dissatisfied;

	@Column(name = "entered_by", nullable = false, length = 64)
	private String enteredBy;

	@Column(name = "entered_at", nullable = false)
	private Instant enteredAt;

	protected SurveyTally() {
	}

	SurveyTally(long surveyId, RaterGroup group) {
		this.surveyId = surveyId;
		this.group = group;
	}

	void record(int satisfied, int fairlySatisfied, int dissatisfied, String by, Instant at) {
		this.satisfied = satisfied;
		this.fairlySatisfied = fairlySatisfied;
		this.dissatisfied = dissatisfied;
		this.enteredBy = by;
		this.enteredAt = at;
	}

	public int total() {
		return satisfied + fairlySatisfied + dissatisfied;
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public long getSurveyId() {
		return surveyId;
	}

	public RaterGroup getGroup() {
		return group;
	}

	public int getSatisfied() {
		return satisfied;
	}

	public int getFairlySatisfied() {
		return fairlySatisfied;
	}

	public int getDissatisfied() {
		return dissatisfied;
	}

	public String getEnteredBy() {
		return enteredBy;
	}

	public Instant getEnteredAt() {
		return enteredAt;
	}

}
