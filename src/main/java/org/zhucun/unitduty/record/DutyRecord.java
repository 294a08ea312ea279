package org.zhucun.unitduty.record;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/** What every record of a unit's duties carries: the unit, the village (the team), who entered it and when. */
@MappedSuperclass
public abstract class DutyRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_duty_seq")
	@SequenceGenerator(name = "unit_duty_seq", sequenceName = "unit_duty_seq", allocationSize = 1)
	private Long id;

	@Version
	private long version;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	@Column(name = "village_node_id", nullable = false)
	private long villageNodeId;

	@Column(name = "entered_by", nullable = false, length = 64)
	private String enteredBy;

	@Column(name = "entered_at", nullable = false)
	private Instant enteredAt;

	protected DutyRecord() {
	}

	protected DutyRecord(long unitId, long villageNodeId, String enteredBy, Instant enteredAt) {
		this.unitId = unitId;
		this.villageNodeId = villageNodeId;
		this.enteredBy = enteredBy;
		this.enteredAt = enteredAt;
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public long getUnitId() {
		return unitId;
	}

	public long getVillageNodeId() {
		return villageNodeId;
	}

	public String getEnteredBy() {
		return enteredBy;
	}

	public Instant getEnteredAt() {
		return enteredAt;
	}

}
