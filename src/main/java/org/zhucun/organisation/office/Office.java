package org.zhucun.organisation.office;

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
import org.zhucun.organisation.OfficeKind;
import org.zhucun.organisation.OfficeSummary;
import org.zhucun.organisation.tree.OrgNode;
import org.zhucun.organisation.unit.DispatchingUnit;

/**
 * An office that acts in the workflows (ORG-4): an organisation department, rural work office or
 * poverty-alleviation office of the region, a city or a county; a township party committee; a
 * village party branch; or a dispatching unit. Users are bound to offices; the office's place
 * decides their data scope.
 */
@Entity
@Table(name = "office")
public class Office {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "office_seq")
	@SequenceGenerator(name = "office_seq", sequenceName = "office_seq", allocationSize = 1)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false, unique = true, length = 30)
	private String code;

	@Column(nullable = false, length = 100)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private OfficeKind kind;

	@ManyToOne(fetch = FetchType.EAGER)
	@JoinColumn(name = "node_id")
	private OrgNode node;

	@ManyToOne(fetch = FetchType.EAGER)
	@JoinColumn(name = "unit_id")
	private DispatchingUnit unit;

	@Column(nullable = false)
	private boolean active = true;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Office() {
	}

	/** An office on a node of the tree; the kind must fit the node's level. */
	static Office atNode(String code, String name, OfficeKind kind, OrgNode node) {
		if (kind.boundToUnit() || !kind.allowedAt(node.getLevel())) {
			throw new InvalidInputException("placeCode", "office.error.kindLevel", node.getName());
		}
		Office office = new Office();
		office.code = code;
		office.name = name;
		office.kind = kind;
		office.node = node;
		return office;
	}

	/** The office of a dispatching unit. */
	static Office ofUnit(String code, String name, DispatchingUnit unit) {
		Office office = new Office();
		office.code = code;
		office.name = name;
		office.kind = OfficeKind.DISPATCHING_UNIT;
		office.unit = unit;
		return office;
	}

	void rename(String name) {
		this.name = name;
	}

	void deactivate() {
		this.active = false;
	}

	void reactivate() {
		this.active = true;
	}

	public OfficeSummary summary() {
		return new OfficeSummary(id, code, name, kind, node == null ? null : node.getId(),
				node == null ? null : node.getPath(), node == null ? null : node.getName(),
				unit == null ? null : unit.getId(), unit == null ? null : unit.getName(), active);
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

	public OfficeKind getKind() {
		return kind;
	}

	public OrgNode getNode() {
		return node;
	}

	public DispatchingUnit getUnit() {
		return unit;
	}

	public boolean isActive() {
		return active;
	}

}
