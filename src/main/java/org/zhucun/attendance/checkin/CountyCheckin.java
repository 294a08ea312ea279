package org.zhucun.attendance.checkin;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Whether phone check-in is on in one county (ATT-8, BUR-2); a county without a row has it off. */
@Entity
@Table(name = "checkin_county")
public class CountyCheckin {

	@Id
	@Column(name = "county_node_id")
	private Long countyNodeId;

	@Column(name = "enabled", nullable = false)
	private boolean enabled;

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	@Column(name = "changed_by", nullable = false, length = 64)
	private String changedBy;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	protected CountyCheckin() {
	}

	CountyCheckin(long countyNodeId) {
		this.countyNodeId = countyNodeId;
	}

	void set(boolean enabled, String by, Instant at) {
		this.enabled = enabled;
		this.changedBy = by;
		this.changedAt = at;
	}

	public Long getCountyNodeId() {
		return countyNodeId;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public String getChangedBy() {
		return changedBy;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

}
