package org.zhucun.supervision.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A person attended a course (TRN-1), with the village and unit of their posting then (for the data scope). */
@Entity
@Table(name = "training_attendance")
public class CourseAttendance {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_attendance_seq")
	@SequenceGenerator(name = "training_attendance_seq", sequenceName = "training_attendance_seq", allocationSize = 1)
	private Long id;

	@Column(name = "course_id", nullable = false)
	private long courseId;

	@Column(name = "person_id", nullable = false)
	private long personId;

	@Column(name = "person_name", nullable = false, length = 64)
	private String personName;

	@Column(name = "village_node_id", nullable = false)
	private long villageNodeId;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	@Column(name = "recorded_by", nullable = false, length = 64)
	private String recordedBy;

	protected CourseAttendance() {
	}

	CourseAttendance(long courseId, long personId, String personName, long villageNodeId, long unitId, String recordedBy) {
		this.courseId = courseId;
		this.personId = personId;
		this.personName = personName;
		this.villageNodeId = villageNodeId;
		this.unitId = unitId;
		this.recordedBy = recordedBy;
	}

	public Long getId() {
		return id;
	}

	public long getCourseId() {
		return courseId;
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

	public String getRecordedBy() {
		return recordedBy;
	}

}
