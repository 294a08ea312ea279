package org.zhucun.supervision.discipline;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.zhucun.supervision.SupervisionLevel;

/** An inspection (巡回督导检查, SUP-1): level, date, inspection team, villages visited. */
@Entity
@Table(name = "inspection")
public class Inspection {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inspection_seq")
	@SequenceGenerator(name = "inspection_seq", sequenceName = "inspection_seq", allocationSize = 1)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 8)
	private SupervisionLevel level;

	@Column(name = "organiser_node_id", nullable = false)
	private long organiserNodeId;

	@Column(name = "inspected_on", nullable = false)
	private LocalDate inspectedOn;

	@Column(nullable = false, length = 120)
	private String team;

	@Column(length = 500)
	private String summary;

	@Column(name = "recorded_by", nullable = false, length = 64)
	private String recordedBy;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "inspection_village", joinColumns = @JoinColumn(name = "inspection_id"))
	@Column(name = "village_node_id")
	private Set<Long> villages = new LinkedHashSet<>();

	@Version
	private long version;

	protected Inspection() {
	}

	Inspection(SupervisionLevel level, long organiserNodeId, LocalDate inspectedOn, String team, String summary,
			Set<Long> villages, String recordedBy) {
		this.level = level;
		this.organiserNodeId = organiserNodeId;
		this.inspectedOn = inspectedOn;
		this.team = team;
		this.summary = summary;
		this.villages = new LinkedHashSet<>(villages);
		this.recordedBy = recordedBy;
	}

	public Long getId() {
		return id;
	}

	public SupervisionLevel getLevel() {
		return level;
	}

	public long getOrganiserNodeId() {
		return organiserNodeId;
	}

	public LocalDate getInspectedOn() {
		return inspectedOn;
	}

	public String getTeam() {
		return team;
	}

	public String getSummary() {
		return summary;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public Set<Long> getVillages() {
		return Set.copyOf(villages);
	}

}
