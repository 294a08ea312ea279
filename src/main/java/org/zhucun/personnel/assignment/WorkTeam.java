package org.zhucun.personnel.assignment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The village-resident work team (驻村工作队) of one village (PER-3). */
@Entity
@Table(name = "work_team")
public class WorkTeam {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "work_team_seq")
	@SequenceGenerator(name = "work_team_seq", sequenceName = "work_team_seq", allocationSize = 1)
	private Long id;

	@Version
	private long version;

	@Column(name = "village_node_id", nullable = false, unique = true)
	private Long villageNodeId;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected WorkTeam() {
	}

	WorkTeam(long villageNodeId, String name) {
		this.villageNodeId = villageNodeId;
		this.name = name;
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

	public Long getVillageNodeId() {
		return villageNodeId;
	}

	public String getName() {
		return name;
	}

}
