package org.zhucun.personnel.assignment;

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

import org.zhucun.common.web.InvalidInputException;
import org.zhucun.organisation.UnitLevel;
import org.zhucun.personnel.AssignmentRole;

/**
 * A person's posting to a village (PER-2): role, team, dispatching unit and its level, start and
 * planned end. An assignment is never deleted; it ends, and the history stays whole.
 */
@Entity
@Table(name = "assignment")
public class Assignment {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_seq")
	@SequenceGenerator(name = "assignment_seq", sequenceName = "assignment_seq", allocationSize = 1)
	private Long id;

	@Version
	private long version;

	@Column(name = "person_id", nullable = false)
	private Long personId;

	@Column(name = "team_id", nullable = false)
	private Long teamId;

	@Column(name = "village_node_id", nullable = false)
	private Long villageNodeId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private AssignmentRole role;

	@Column(name = "leads_team", nullable = false)
	private boolean leadsTeam;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Enumerated(EnumType.STRING)
	@Column(name = "dispatch_level", nullable = false, length = 16)
	private UnitLevel dispatchLevel;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "planned_end_date", nullable = false)
	private LocalDate plannedEndDate;

	@Column(name = "ended_on")
	private LocalDate endedOn;

	@Column(name = "end_reason", length = 200)
	private String endReason;

	@Column(name = "replacement_needed", nullable = false)
	private boolean replacementNeeded;

	@Column(name = "successor_assignment_id")
	private Long successorAssignmentId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Assignment() {
	}

	Assignment(long personId, WorkTeam team, AssignmentRole role, boolean leadsTeam, long unitId, UnitLevel dispatchLevel,
			LocalDate startDate, LocalDate plannedEndDate) {
		if (leadsTeam && role == AssignmentRole.TEAM_MEMBER) {
			throw new InvalidInputException("leadsTeam", "assignment.error.memberCannotLead");
		}
		if (!plannedEndDate.isAfter(startDate)) {
			throw new InvalidInputException("plannedEndDate", "assignment.error.endBeforeStart");
		}
		this.personId = personId;
		this.teamId = team.getId();
		this.villageNodeId = team.getVillageNodeId();
		this.role = role;
		this.leadsTeam = leadsTeam || role == AssignmentRole.TEAM_LEADER;
		this.unitId = unitId;
		this.dispatchLevel = dispatchLevel;
		this.startDate = startDate;
		this.plannedEndDate = plannedEndDate;
	}

	/**
	 * PER-4: ends the posting on {@code endedOn} for a reason; with {@code replacementNeeded} the
	 * village waits for a successor, shown as an open replacement until one is posted.
	 */
	void withdraw(LocalDate endedOn, String reason, boolean replacementNeeded) {
		if (!isActive()) {
			throw new InvalidInputException("endedOn", "assignment.error.alreadyEnded");
		}
		if (endedOn.isBefore(startDate)) {
			throw new InvalidInputException("endedOn", "assignment.error.endBeforeStart");
		}
		this.endedOn = endedOn;
		this.endReason = reason;
		this.replacementNeeded = replacementNeeded;
	}

	void succeededBy(Assignment successor) {
		this.successorAssignmentId = successor.getId();
	}

	/** A withdrawal still waiting for its successor. */
	public boolean isOpenReplacement() {
		return replacementNeeded && successorAssignmentId == null;
	}

	public Long getSuccessorAssignmentId() {
		return successorAssignmentId;
	}

	public boolean isActive() {
		return endedOn == null;
	}

	/** Whether the planned end falls within {@code days} of {@code today} (PER-2 terms nearing their end). */
	public boolean endsWithin(LocalDate today, int days) {
		return isActive() && !plannedEndDate.isAfter(today.plusDays(days));
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

	public Long getPersonId() {
		return personId;
	}

	public Long getTeamId() {
		return teamId;
	}

	public Long getVillageNodeId() {
		return villageNodeId;
	}

	public AssignmentRole getRole() {
		return role;
	}

	public boolean isLeadsTeam() {
		return leadsTeam;
	}

	public Long getUnitId() {
		return unitId;
	}

	public UnitLevel getDispatchLevel() {
		return dispatchLevel;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public LocalDate getPlannedEndDate() {
		return plannedEndDate;
	}

	public LocalDate getEndedOn() {
		return endedOn;
	}

	public String getEndReason() {
		return endReason;
	}

}
