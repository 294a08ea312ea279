package org.zhucun.organisation.unit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.zhucun.common.web.InvalidInputException;
import org.zhucun.organisation.UnitLevel;
import org.zhucun.organisation.UnitType;
import org.zhucun.organisation.tree.OrgNode;

/**
 * A dispatching unit (派出单位, ORG-3): the body that sends cadres to villages, pays their
 * subsidies and shares in their management. It belongs to the region, a city or a county of the
 * tree, matching its level.
 */
@Entity
@Table(name = "dispatching_unit")
public class DispatchingUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dispatching_unit_seq")
	@SequenceGenerator(name = "dispatching_unit_seq", sequenceName = "dispatching_unit_seq", allocationSize = 1)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false, unique = true, length = 20)
	private String code;

	@Column(nullable = false, length = 100)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private UnitLevel level;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private UnitType type;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "owner_node_id")
	private OrgNode owner;

	@Column(nullable = false)
	private boolean active = true;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected DispatchingUnit() {
	}

	DispatchingUnit(String code, String name, UnitType type, OrgNode owner) {
		this.code = code;
		describe(name, type, owner);
	}

	void describe(String name, UnitType type, OrgNode owner) {
		UnitLevel unitLevel = levelOf(owner);
		if (!owner.isActive()) {
			throw new InvalidInputException("ownerCode", "node.error.parentInactive", owner.getName());
		}
		this.name = name;
		this.type = type;
		this.owner = owner;
		this.level = unitLevel;
	}

	private static UnitLevel levelOf(OrgNode owner) {
		for (UnitLevel l : UnitLevel.values()) {
			if (l.nodeLevel() == owner.getLevel()) {
				return l;
			}
		}
		throw new InvalidInputException("ownerCode", "unit.error.ownerLevel", owner.getName());
	}

	void recode(String code) {
		this.code = code;
	}

	void deactivate() {
		this.active = false;
	}

	void reactivate() {
		this.active = true;
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

	public long getVersion() {
		return version;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public UnitLevel getLevel() {
		return level;
	}

	public UnitType getType() {
		return type;
	}

	public OrgNode getOwner() {
		return owner;
	}

	public boolean isActive() {
		return active;
	}

}
