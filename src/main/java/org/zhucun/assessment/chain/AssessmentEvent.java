package org.zhucun.assessment.chain;

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

import org.zhucun.assessment.Grade;
import org.zhucun.assessment.rules.Step;

/** One line of an assessment's history: started, a step signed, returned to a step with the reason, completed. */
@Entity
@Table(name = "assessment_event")
public class AssessmentEvent {

	public enum Action {

		STARTED, SIGNED, RETURNED, COMPLETED;

		public String messageKey() {
			return "assessment.action." + name();
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_event_seq")
	@SequenceGenerator(name = "assessment_event_seq", sequenceName = "assessment_event_seq", allocationSize = 1)
	private Long id;

	@Column(name = "assessment_id", nullable = false)
	private Long assessmentId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Action action;

	@Enumerated(EnumType.STRING)
	@Column(length = 16)
	private Step step;

	@Enumerated(EnumType.STRING)
	@Column(name = "target_step", length = 16)
	private Step targetStep;

	@Column(length = 4000)
	private String text;

	@Enumerated(EnumType.STRING)
	@Column(length = 12)
	private Grade grade;

	@Column(nullable = false, length = 100)
	private String actor;

	@Column(nullable = false)
	private Instant at;

	protected AssessmentEvent() {
	}

	AssessmentEvent(Long assessmentId, Action action, Step step, Step targetStep, String text, Grade grade, String actor,
			Instant at) {
		this.assessmentId = assessmentId;
		this.action = action;
		this.step = step;
		this.targetStep = targetStep;
		this.text = text;
		this.grade = grade;
		this.actor = actor;
		this.at = at;
	}

	public Long getId() {
		return id;
	}

	public Action getAction() {
		return action;
	}

	public Step getStep() {
		return step;
	}

	public Step getTargetStep() {
		return targetStep;
	}

	public String getText() {
		return text;
	}

	public Grade getGrade() {
		return grade;
	}

	public String getActor() {
		return actor;
	}

	public Instant getAt() {
		return at;
	}

	/** When, in local time (yyyy-MM-dd HH:mm). */
	public String getAtText() {
		return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(AssessmentService.ZONE).format(at);
	}

}
