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

/** A yearly work plan of a person or a work team (TSK-1): drafted, submitted, agreed by the township. */
@Entity
@Table(name = "work_plan")
public class WorkPlan {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "work_plan_seq")
	@SequenceGenerator(name = "work_plan_seq", sequenceName = "work_plan_seq", allocationSize = 1)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 8)
	private PlanKind kind;

	@Column(name = "person_id")
	private Long personId;

	@Column(name = "person_name", length = 64)
	private String personName;

	@Column(name = "village_node_id", nullable = false)
	private long villageNodeId;

	@Column(name = "unit_id")
	private Long unitId;

	@Column(name = "plan_year", nullable = false)
	private int year;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private PlanStatus status = PlanStatus.DRAFT;

	@Column(name = "created_by", nullable = false, length = 64)
	private String createdBy;

	@Column(name = "agreed_by", length = 64)
	private String agreedBy;

	@Column(name = "agreed_at")
	private Instant agreedAt;

	@Version
	private long version;

	protected WorkPlan() {
	}

	WorkPlan(PlanKind kind, Long personId, String personName, long villageNodeId, Long unitId, int year, String createdBy) {
		this.kind = kind;
		this.personId = personId;
		this.personName = personName;
		this.villageNodeId = villageNodeId;
		this.unitId = unitId;
		this.year = year;
		this.createdBy = createdBy;
	}

	void submit() {
		status = PlanStatus.SUBMITTED;
	}

	void agree(String by, Instant at) {
		status = PlanStatus.AGREED;
		agreedBy = by;
		agreedAt = at;
	}

	public Long getId() {
		return id;
	}

	public PlanKind getKind() {
		return kind;
	}

	public Long getPersonId() {
		return personId;
	}

	public String getPersonName() {
		return personName;
	}

	public long getVillageNodeId() {
		return villageNodeId;
	}

	public Long getUnitId() {
		return unitId;
	}

	public int getYear() {
		return year;
	}

	public PlanStatus getStatus() {
		return status;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public String getAgreedBy() {
		return agreedBy;
	}

	public Instant getAgreedAt() {
		return agreedAt;
	}

	public long getVersion() {
		return version;
	}

}
