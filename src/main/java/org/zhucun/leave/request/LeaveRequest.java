package org.zhucun.leave.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.zhucun.leave.rules.LeaveDays;
import org.zhucun.leave.rules.LeaveRoute;
import org.zhucun.leave.rules.LeaveState;
import org.zhucun.personnel.ActivePostings.ActivePosting;

/**
 * A leave request (LEA-1..3): who, where they were posted, the dates, the reason, its working days
 * and route, its state, who entered it, and the report of return (销假). Changed only by the
 * service under a row lock (SEC-8).
 */
@Entity
@Table(name = "leave_request")
public class LeaveRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "leave_request_seq")
	@SequenceGenerator(name = "leave_request_seq", sequenceName = "leave_request_seq", allocationSize = 1)
	private Long id;

	@Version
	private long version;

	@Column(name = "person_id", nullable = false)
	private Long personId;

	@Column(name = "person_name", nullable = false, length = 100)
	private String personName;

	@Column(name = "assignment_id", nullable = false)
	private Long assignmentId;

	@Column(name = "village_node_id", nullable = false)
	private Long villageNodeId;

	@Column(name = "township_node_id", nullable = false)
	private Long townshipNodeId;

	@Column(name = "county_node_id", nullable = false)
	private Long countyNodeId;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "end_date", nullable = false)
	private LocalDate endDate;

	@Column(nullable = false, length = 500)
	private String reason;

	@Column(name = "working_days", nullable = false)
	private int workingDays;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private LeaveRoute route;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private LeaveState state;

	@Column(name = "entered_by_account_id", nullable = false)
	private Long enteredByAccountId;

	@Column(name = "entered_by_name", nullable = false, length = 100)
	private String enteredByName;

	@Column(name = "entered_by_office_name", length = 200)
	private String enteredByOfficeName;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "returned_on")
	private LocalDate returnedOn;

	@Column(name = "return_reported_at")
	private Instant returnReportedAt;

	@Column(name = "return_reported_by", length = 100)
	private String returnReportedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected LeaveRequest() {
	}

	LeaveRequest(ActivePosting posting, LocalDate startDate, LocalDate endDate, String reason, int workingDays,
			LeaveRoute route, long enteredByAccountId, String enteredByName, String enteredByOfficeName) {
		this.personId = posting.personId();
		this.personName = posting.personName();
		this.assignmentId = posting.assignmentId();
		this.villageNodeId = posting.villageNodeId();
		this.townshipNodeId = posting.townshipNodeId();
		this.countyNodeId = posting.countyNodeId();
		this.unitId = posting.unitId();
		this.startDate = startDate;
		this.endDate = endDate;
		this.reason = reason;
		this.workingDays = workingDays;
		this.route = route;
		this.state = LeaveState.PENDING;
		this.enteredByAccountId = enteredByAccountId;
		this.enteredByName = enteredByName;
		this.enteredByOfficeName = enteredByOfficeName;
	}

	void moveTo(LeaveState next, Instant now) {
		this.state = next;
		if (!next.isOpen()) {
			this.closedAt = now;
		}
	}

	void reportReturn(LocalDate returnedOn, String reportedBy, Instant now) {
		this.returnedOn = returnedOn;
		this.returnReportedBy = reportedBy;
		this.returnReportedAt = now;
	}

	/** The last day that counts as leave (LEA-3): the planned end, or the day before an earlier return. */
	public LocalDate lastCountedDay() {
		return LeaveDays.lastCountedDay(endDate, Optional.ofNullable(returnedOn));
	}

	/** Whether this request holds its dates: pending or approved (a returned one up to the return). */
	public boolean holdsDates() {
		return state == LeaveState.PENDING || state == LeaveState.APPROVED;
	}

	public boolean isReturned() {
		return returnedOn != null;
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

	public Long getPersonId() {
		return personId;
	}

	public String getPersonName() {
		return personName;
	}

	public Long getAssignmentId() {
		return assignmentId;
	}

	public Long getVillageNodeId() {
		return villageNodeId;
	}

	public Long getTownshipNodeId() {
		return townshipNodeId;
	}

	public Long getCountyNodeId() {
		return countyNodeId;
	}

	public Long getUnitId() {
		return unitId;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public LocalDate getEndDate() {
		return endDate;
	}

	public String getReason() {
		return reason;
	}

	public int getWorkingDays() {
		return workingDays;
	}

	public LeaveRoute getRoute() {
		return route;
	}

	public LeaveState getState() {
		return state;
	}

	public String getEnteredByName() {
		return enteredByName;
	}

	public String getEnteredByOfficeName() {
		return enteredByOfficeName;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public LocalDate getReturnedOn() {
		return returnedOn;
	}

	public Instant getReturnReportedAt() {
		return returnReportedAt;
	}

	public String getReturnReportedBy() {
		return returnReportedBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
