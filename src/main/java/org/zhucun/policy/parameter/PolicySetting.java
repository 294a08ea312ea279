package org.zhucun.policy.parameter;

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

import org.zhucun.policy.PolicyKey;

/** A policy number set for a region, city or county from a year on (POL-1). */
@Entity
@Table(name = "policy_setting")
public class PolicySetting {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "policy_setting_seq")
	@SequenceGenerator(name = "policy_setting_seq", sequenceName = "policy_setting_seq", allocationSize = 1)
	private Long id;

	@Version
	private long version;

	@Column(name = "node_id", nullable = false)
	private long nodeId;

	@Enumerated(EnumType.STRING)
	@Column(name = "policy_key", nullable = false, length = 64)
	private PolicyKey key;

	@Column(name = "from_year", nullable = false)
	private int fromYear;

	@Column(nullable = false)
	private int value;

	@Column(nullable = false, length = 200)
	private String reason;

	@Column(name = "set_by", nullable = false, length = 64)
	private String setBy;

	@Column(name = "set_at", nullable = false)
	private Instant setAt;

	protected PolicySetting() {
	}

	PolicySetting(long nodeId, PolicyKey key, int fromYear) {
		this.nodeId = nodeId;
		this.key = key;
		this.fromYear = fromYear;
	}

	void set(int value, String reason, String setBy, Instant setAt) {
		this.value = value;
		this.reason = reason;
		this.setBy = setBy;
		this.setAt = setAt;
	}

	public long getNodeId() {
		return nodeId;
	}

	public PolicyKey getKey() {
		return key;
	}

	public int getFromYear() {
		return fromYear;
	}

	public int getValue() {
		return value;
	}

	public String getReason() {
		return reason;
	}

	public String getSetBy() {
		return setBy;
	}

}
