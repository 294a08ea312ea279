package org.zhucun.survey.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.zhucun.common.security.NotAudited;

/**
 * An online vote (SAT-1): anonymous, it names neither the code it was cast with nor when; not
 * audited, for the same reason.
 */
@Entity
@Table(name = "survey_vote")
@NotAudited
public class SurveyVote {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_vote_gen")
	@SequenceGenerator(name = "survey_vote_gen", sequenceName = "survey_seq", allocationSize = 1)
	private Long id;

	@Column(name = "survey_id", nullable = false)
	private long surveyId;

	@Enumerated(EnumType.STRING)
	@Column(name = "rater_group", nullable = false, length = 30)
	private RaterGroup group;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Answer answer;

	protected SurveyVote() {
	}

	SurveyVote(long surveyId, RaterGroup group, Answer answer) {
		this.surveyId = surveyId;
		this.group = group;
		this.answer = answer;
	}

	public Long getId() {
		return id;
	}

	public long getSurveyId() {
		return surveyId;
	}

	public RaterGroup getGroup() {
		return group;
	}

	public Answer getAnswer() {
		return answer;
	}

}
