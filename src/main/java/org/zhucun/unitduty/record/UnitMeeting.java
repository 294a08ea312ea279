package org.zhucun.unitduty.record;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** MTG-1: a meeting of the unit's leadership that studied the team's work, with its minutes. */
@Entity
@Table(name = "unit_meeting")
public class UnitMeeting extends DutyRecord {

	@Column(name = "held_on", nullable = false)
	private LocalDate heldOn;

	@Column(nullable = false, length = 4000)
	private String minutes;

	protected UnitMeeting() {
	}

	UnitMeeting(long unitId, long villageNodeId, LocalDate heldOn, String minutes, String by, Instant at) {
		super(unitId, villageNodeId, by, at);
		this.heldOn = heldOn;
		this.minutes = minutes;
	}

	public LocalDate getHeldOn() {
		return heldOn;
	}

	public String getMinutes() {
		return minutes;
	}

}
