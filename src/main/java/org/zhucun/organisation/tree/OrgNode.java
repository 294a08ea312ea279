package org.zhucun.organisation.tree;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.springframework.data.domain.Persistable;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.organisation.NodeLevel;

/**
 * A node of the administrative tree (ORG-1). Its {@code path} lists the ids from the root down to
 * itself ({@code /1/4/9/}); the data scope (ORG-5) compares paths. A node is never deleted, only
 * deactivated, so that the history hanging on it stays whole.
 */
@Entity
@Table(name = "org_node")
public class OrgNode implements Persistable<Long> {

	/** Taken from {@code org_node_seq} before the node is built, since the path contains it. */
	@Id
	private Long id;

	@Transient
	private boolean isNew;

	@Version
	private long version;

	@Column(nullable = false, unique = true, length = 20)
	private String code;

	@Column(nullable = false, length = 50)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private NodeLevel level;

	@Column(name = "parent_id")
	private Long parentId;

	@Column(nullable = false, unique = true, length = 200)
	private String path;

	@Column(nullable = false)
	private boolean active = true;

	@Embedded
	private VillageProfile village = VillageProfile.none();

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected OrgNode() {
	}

	private OrgNode(long id, String parentPath, String code, String name, NodeLevel level) {
		this.id = id;
		this.path = (parentPath == null ? "/" : parentPath) + id + "/";
		this.code = code;
		this.name = name;
		this.level = level;
		this.isNew = true;
	}

	/** A new root: only a region can stand without a parent. */
	static OrgNode root(long id, String code, String name) {
		return new OrgNode(id, null, code, name, NodeLevel.REGION);
	}

	/** A new child of {@code parent}, one level below it. */
	static OrgNode childOf(OrgNode parent, long id, String code, String name) {
		if (!parent.isActive()) {
			throw new InvalidInputException("parentCode", "node.error.parentInactive", parent.getName());
		}
		NodeLevel level = parent.getLevel().childLevel()
			.orElseThrow(() -> new InvalidInputException("parentCode", "node.error.villageHasNoChildren", parent.getName()));
		OrgNode node = new OrgNode(id, parent.getPath(), code, name, level);
		node.parentId = parent.getId();
		return node;
	}

	void rename(String code, String name) {
		this.code = code;
		this.name = name;
	}

	void describeVillage(VillageProfile profile) {
		if (level != NodeLevel.VILLAGE && profile != null && !profile.isEmpty()) {
			throw new InvalidInputException("poorVillage", "node.error.villageFieldsOnVillageOnly");
		}
		this.village = profile == null ? VillageProfile.none() : profile;
	}

	/**
	 * Moves this node under another parent of the same level as its current one. Moving a node into
	 * its own subtree would make a cycle and is refused.
	 */
	void moveUnder(OrgNode newParent) {
		if (newParent.getPath().startsWith(this.path)) {
			throw new InvalidInputException("parentCode", "node.error.cycle", newParent.getName());
		}
		if (newParent.getLevel().childLevel().orElse(null) != level) {
			throw new InvalidInputException("parentCode", "node.error.parentLevel", newParent.getName());
		}
		if (!newParent.isActive()) {
			throw new InvalidInputException("parentCode", "node.error.parentInactive", newParent.getName());
		}
		this.parentId = newParent.getId();
	}

	void deactivate() {
		this.active = false;
	}

	void reactivate() {
		this.active = true;
	}

	/** The ids on the path from the root down to this node, this node last. */
	public List<Long> pathIds() {
		return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
	}

	@Override
	public boolean isNew() {
		return isNew;
	}

	@PostLoad
	@PostPersist
	void markStored() {
		isNew = false;
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

	@Override
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

	public NodeLevel getLevel() {
		return level;
	}

	public Long getParentId() {
		return parentId;
	}

	public String getPath() {
		return path;
	}

	public boolean isActive() {
		return active;
	}

	public boolean isVillage() {
		return level == NodeLevel.VILLAGE;
	}

	public VillageProfile getVillageProfile() {
		return village;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

}
