package org.zhucun.calendar.schedule;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A local holiday (地方节假日) a county declares, such as 开斋节 in Ningxia (ATT-1): no working day
 * for any node of that county. Added or removed, never edited.
 */
@Entity
@Table(name = "calendar_local_holiday")
public class LocalHoliday {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_local_holiday_seq")
	@SequenceGenerator(name = "calendar_local_holiday_seq", sequenceName = "calendar_local_holiday_seq", allocationSize = 1)
	private Long id;

	@Column(name = "county_node_id", nullable = false)
	private Long countyNodeId;

	@Column(nullable = false)
	private LocalDate day;

	@Column(nullable = false, length = 50)
	private String name;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected LocalHoliday() {
	}

	LocalHoliday(long countyNodeId, LocalDate day, String name) {
		this.countyNodeId = countyNodeId;
		this.day = day;
		this.name = name;
	}

	@PrePersist
	void onCreate() {
		createdAt = Instant.now();
	}

	public Long getId() {
		return id;
	}

	public Long getCountyNodeId() {
		return countyNodeId;
	}

	public LocalDate getDay() {
		return day;
	}

	public String getName() {
		return name;
	}

}
