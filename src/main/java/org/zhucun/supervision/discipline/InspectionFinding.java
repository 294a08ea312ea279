package org.zhucun.supervision.discipline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** What an inspection found about one person (SUP-1). */
@Entity
@Table(name = "inspection_finding")
public class InspectionFinding {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inspection_finding_seq")
	@SequenceGenerator(name = "inspection_finding_seq", sequenceName = "inspection_finding_seq", allocationSize = 1)
	private Long id;

	@Column(name = "inspection_id", nullable = false)
	private long inspectionId;

	@Column(name = "person_id", nullable = false)
	private long personId;

	@Column(name = "person_name", nullable = false, length = 64)
	private String personName;

	@Column(name = "village_node_id", nullable = false)
	private long villageNodeId;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	@Column(nullable = false, length = 500)
	private String finding;

	@Column(name = "recorded_by", nullable = false, length = 64)
	private String recordedBy;

	protected InspectionFinding() {
	}

	InspectionFinding(long inspectionId, long personId, String personName, long villageNodeId, long unitId, String finding,
			String recordedBy) {
		this.inspectionId = inspectionId;
		this.personId = personId;
		this.personName = personName;
		this.villageNodeId = villageNodeId;
		this.unitId = unitId;
		this.finding = finding;
		this.recordedBy = recordedBy;
	}

	public Long getId() {
		return id;
	}

	public long getInspectionId() {
		return inspectionId;
	}

	public long getPersonId() {
		return personId;
	}

	public String getPersonName() {
		return personName;
	}

	public long getVillageNodeId() {
		return villageNodeId;
	}

	public long getUnitId() {
		return unitId;
	}

	public String getFinding() {
		return finding;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

}
