package org.zhucun.assessment.chain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.zhucun.assessment.Grade;
import org.zhucun.assessment.rules.AssessmentKind;
import org.zhucun.assessment.rules.ChainRule;
import org.zhucun.assessment.rules.Step;

/**
 * A quarterly (Annex 4) or annual (Annex 5) assessment of one person with the steps of its chain
 * signed so far and its history. The version guards each step: of two concurrent signatures of one
 * step exactly one succeeds (SEC-8).
 */
@Entity
@Table(name = "assessment")
public class Assessment {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
	@SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 1)
	private Long id;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private AssessmentKind kind;

	@Column(name = "period_year", nullable = false)
	private int year;

	@Column(nullable = false)
	private int quarter;

	@Column(name = "person_id", nullable = false)
	private long personId;

	@Column(name = "person_name", nullable = false, length = 50)
	private String personName;

	@Column(name = "civil_servant", nullable = false)
	private boolean civilServant;

	@Column(name = "village_node_id", nullable = false)
	private long villageNodeId;

	@Column(name = "village_name", nullable = false, length = 100)
	private String villageName;

	@Column(name = "township_node_id", nullable = false)
	private long townshipNodeId;

	@Column(name = "county_node_id", nullable = false)
	private long countyNodeId;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	@Enumerated(EnumType.STRING)
	@Column(length = 12)
	private Grade grade;

	@Column(nullable = false)
	private boolean complete;

	@Column(name = "completed_on")
	private LocalDate completedOn;

	@Column(name = "quota_node_id")
	private Long quotaNodeId;

	@Column(name = "fed_back_to_unit", nullable = false)
	private boolean fedBackToUnit;

	@Column(name = "started_by", nullable = false, length = 100)
	private String startedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@OneToMany(mappedBy = "assessmentId", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@OrderBy("id")
	private List<StepRecord> steps = new ArrayList<>();

	@OneToMany(mappedBy = "assessmentId", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@OrderBy("id")
	private List<AssessmentEvent> history = new ArrayList<>();

	protected Assessment() {
	}

	Assessment(AssessmentKind kind, int year, int quarter, long personId, String personName, boolean civilServant,
			long villageNodeId, String villageName, long townshipNodeId, long countyNodeId, long unitId, String by,
			Instant at) {
		this.kind = kind;
		this.year = year;
		this.quarter = kind == AssessmentKind.ANNUAL ? 0 : quarter;
		this.personId = personId;
		this.personName = personName;
		this.civilServant = civilServant;
		this.villageNodeId = villageNodeId;
		this.villageName = villageName;
		this.townshipNodeId = townshipNodeId;
		this.countyNodeId = countyNodeId;
		this.unitId = unitId;
		this.startedBy = by;
		this.createdAt = at;
		this.updatedAt = at;
	}

	/** The steps signed so far. */
	public Set<Step> signedSteps() {
		return steps.stream().map(StepRecord::getStep).collect(Collectors.toCollection(() -> EnumSet.noneOf(Step.class)));
	}

	/** The steps that may be signed now (empty when complete). */
	public Set<Step> openSteps() {
		return ChainRule.open(kind, signedSteps());
	}

	public Optional<StepRecord> signed(Step step) {
		return steps.stream().filter(s -> s.getStep() == step).findFirst();
	}

	void sign(StepRecord step, AssessmentEvent event) {
		steps.add(step);
		history.add(event);
		if (step.getGrade() != null) {
			grade = step.getGrade();
		}
		updatedAt = event.getAt();
	}

	void note(AssessmentEvent event) {
		history.add(event);
	}

	void completeOn(LocalDate day, AssessmentEvent event) {
		complete = true;
		completedOn = day;
		fedBackToUnit = kind == AssessmentKind.ANNUAL;
		history.add(event);
	}

	/** Undoes the steps from {@code target} on; the grade goes with the township's step. */
	void giveBack(Set<Step> undone, AssessmentEvent event) {
		steps.removeIf(s -> undone.contains(s.getStep()));
		if (undone.contains(Step.TOWNSHIP)) {
			grade = null;
		}
		else {
			// the grade in force is the last one set by a step still signed
			grade = steps.stream()
				.filter(s -> s.getGrade() != null)
				.max(Comparator.comparing(StepRecord::getSignedAt).thenComparing(StepRecord::getId))
				.map(StepRecord::getGrade)
				.orElse(null);
		}
		complete = false;
		completedOn = null;
		fedBackToUnit = false;
		history.add(event);
		updatedAt = event.getAt();
	}

	void holdQuota(Long levelNodeId) {
		this.quotaNodeId = levelNodeId;
	}

	void touch(Instant at) {
		this.updatedAt = at;
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public AssessmentKind getKind() {
		return kind;
	}

	public int getYear() {
		return year;
	}

	public int getQuarter() {
		return quarter;
	}

	public long getPersonId() {
		return personId;
	}

	public String getPersonName() {
		return personName;
	}

	public boolean isCivilServant() {
		return civilServant;
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

	public long getUnitId() {
		return unitId;
	}

	public Grade getGrade() {
		return grade;
	}

	/** The grade in the wording of the person's status (ASM-3), or null. */
	public String getGradeWording() {
		return grade == null ? null : grade.wording(civilServant);
	}

	public boolean isComplete() {
		return complete;
	}

	public LocalDate getCompletedOn() {
		return completedOn;
	}

	public Long getQuotaNodeId() {
		return quotaNodeId;
	}

	/** Art. 10: the annual result went back to the unit and does not count against the unit's own quota. */
	public boolean isFedBackToUnit() {
		return fedBackToUnit;
	}

	public String getStartedBy() {
		return startedBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public List<StepRecord> getSteps() {
		return kind.steps().stream().map(this::signed).flatMap(Optional::stream).toList();
	}

	public List<AssessmentEvent> getHistory() {
		return List.copyOf(history);
	}

}
