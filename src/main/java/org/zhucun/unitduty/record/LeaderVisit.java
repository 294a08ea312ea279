package org.zhucun.unitduty.record;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.zhucun.unitduty.LeaderRole;

/** MTG-2: a visit of a unit leader to the village and what it solved. */
@Entity
@Table(name = "unit_leader_visit")
public class LeaderVisit extends DutyRecord {

	@Column(name = "leader_name", nullable = false, length = 50)
	private String leaderName;

	@Enumerated(EnumType.STRING)
	@Column(name = "leader_role", nullable = false, length = 20)
	private LeaderRole leaderRole;

	@Column(name = "visited_on", nullable = false)
	private LocalDate visitedOn;

	@Column(nullable = false, length = 2000)
	private String solved;

	protected LeaderVisit() {
	}

	LeaderVisit(long unitId, long villageNodeId, String leaderName, LeaderRole role, LocalDate visitedOn, String solved,
			String by, Instant at) {
		super(unitId, villageNodeId, by, at);
		this.leaderName = leaderName;
		this.leaderRole = role;
		this.visitedOn = visitedOn;
		this.solved = solved;
	}

	public String getLeaderName() {
		return leaderName;
	}

	public LeaderRole getLeaderRole() {
		return leaderRole;
	}

	public LocalDate getVisitedOn() {
		return visitedOn;
	}

	public String getSolved() {
		return solved;
	}

}
