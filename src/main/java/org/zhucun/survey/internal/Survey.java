package org.zhucun.survey.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

/**
 * A satisfaction survey (SAT-1) of a person or a village's work team for a year, with its minimum
 * number of raters and its rater groups, and where its subject was posted when it was set up (ORG-5).
 */
@Entity
@Table(name = "survey")
public class Survey {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_seq")
	@SequenceGenerator(name = "survey_seq", sequenceName = "survey_seq", allocationSize = 1)
	private Long id;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private SurveySubject subject;

	@Column(name = "survey_year", nullable = false)
	private int year;

	@Column(name = "person_id")
	private Long personId;

	@Column(name = "person_name", length = 50)
	private String personName;

	@Column(name = "village_node_id", nullable = false)
	private long villageNodeId;

	@Column(name = "village_name", nullable = false, length = 100)
	private String villageName;

	@Column(name = "township_node_id", nullable = false)
	private long townshipNodeId;

	@Column(name = "county_node_id", nullable = false)
	private long countyNodeId;

	@Column(name = "unit_id")
	private Long unitId;

	@Column(name = "minimum_raters", nullable = false)
	private int minimumRaters;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private SurveyState state = SurveyState.OPEN;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "survey_rater_group", joinColumns = @JoinColumn(name = "survey_id"))
	@Column(name = "rater_group", length = 30)
	@Enumerated(EnumType.STRING)
	private List<RaterGroup> groups = new ArrayList<>();

	@Column(name = "created_by", nullable = false, length = 64)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "closed_by", length = 64)
	private String closedBy;

	@Column(name = "closed_at")
	private Instant closedAt;

	protected Survey() {
	}

	Survey(SurveySubject subject, int year, Long personId, String personName, long villageNodeId, String villageName,
			long townshipNodeId, long countyNodeId, Long unitId, int minimumRaters, String createdBy, Instant createdAt) {
		this.subject = subject;
		this.year = year;
		this.personId = personId;
		this.personName = personName;
		this.villageNodeId = villageNodeId;
		this.villageName = villageName;
		this.townshipNodeId = townshipNodeId;
		this.countyNodeId = countyNodeId;
		this.unitId = unitId;
		this.minimumRaters = minimumRaters;
		this.groups = new ArrayList<>(subject.defaultGroups());
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	void close(String by, Instant at) {
		this.state = SurveyState.CLOSED;
		this.closedBy = by;
		this.closedAt = at;
	}

	public boolean isOpen() {
		return state == SurveyState.OPEN;
	}

	public boolean hasGroup(RaterGroup group) {
		return groups.contains(group);
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public SurveySubject getSubject() {
		return subject;
	}

	public int getYear() {
		return year;
	}

	public Long getPersonId() {
		return personId;
	}

	public String getPersonName() {
		return personName;
	}

	public long getVillageNodeId() {
		return villageNodeId;
	}

	public String getVillageName() {
		return villageName;
	}

	public long getTownshipNodeId() {
		return townshipNodeId;
	}

	public long getCountyNodeId() {
		return countyNodeId;
	}

	public Long getUnitId() {
		return unitId;
	}

	public int getMinimumRaters() {
		return minimumRaters;
	}

	public SurveyState getState() {
		return state;
	}

	/** The rater groups in the order of the annexes. */
	public List<RaterGroup> getGroups() {
		return groups.stream().sorted().toList();
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getClosedBy() {
		return closedBy;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

}
