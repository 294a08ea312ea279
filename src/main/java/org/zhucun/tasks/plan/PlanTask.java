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
import jakarta.persistence.Version;

import org.zhucun.tasks.Duty;

/** One quantified task of a work plan, filed under a duty of Art. 3, marked done or not at year end (TSK-1, TSK-2). */
@Entity
@Table(name = "plan_task")
public class PlanTask {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_task_seq")
	@SequenceGenerator(name = "plan_task_seq", sequenceName = "plan_task_seq", allocationSize = 1)
	private Long id;

	@Column(name = "plan_id", nullable = false)
	private long planId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private Duty duty;

	@Column(nullable = false, length = 300)
	private String description;

	@Column(nullable = false, length = 100)
	private String target;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 8)
	private TaskOutcome outcome = TaskOutcome.OPEN;

	@Column(name = "outcome_note", length = 300)
	private String outcomeNote;

	@Column(name = "marked_by", length = 64)
	private String markedBy;

	@Column(name = "marked_at")
	private Instant markedAt;

	@Column(name = "added_by", nullable = false, length = 64)
	private String addedBy;

	@Version
	private long version;

	protected PlanTask() {
	}

	PlanTask(long planId, Duty duty, String description, String target, String addedBy) {
		this.planId = planId;
		this.duty = duty;
		this.description = description;
		this.target = target;
		this.addedBy = addedBy;
	}

	void mark(boolean done, String note, String by, Instant at) {
		outcome = done ? TaskOutcome.DONE : TaskOutcome.NOT_DONE;
		outcomeNote = note;
		markedBy = by;
		markedAt = at;
	}

	public Long getId() {
		return id;
	}

	public long getPlanId() {
		return planId;
	}

	public Duty getDuty() {
		return duty;
	}

	public String getDescription() {
		return description;
	}

	public String getTarget() {
		return target;
	}

	public TaskOutcome getOutcome() {
		return outcome;
	}

	public String getOutcomeNote() {
		return outcomeNote;
	}

	public String getMarkedBy() {
		return markedBy;
	}

	public Instant getMarkedAt() {
		return markedAt;
	}

	public String getAddedBy() {
		return addedBy;
	}

	public long getVersion() {
		return version;
	}

}
