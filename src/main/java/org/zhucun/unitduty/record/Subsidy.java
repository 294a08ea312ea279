package org.zhucun.unitduty.record;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** MTG-3 (Art. 21): a meal or travel subsidy the unit paid one of its people for a month. */
@Entity
@Table(name = "unit_subsidy")
public class Subsidy extends DutyRecord {

	public enum Kind {
		MEAL, TRAVEL;

		public String messageKey() {
			return "unitduty.subsidy." + name();
		}
	}

	@Column(name = "person_id", nullable = false)
	private long personId;

	@Column(name = "person_name", nullable = false, length = 50)
	private String personName;

	/** The month paid for, {@code yyyy-MM}. */
	@Column(nullable = false, length = 7)
	private String period;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Kind kind;

	@Column(nullable = false, precision = 14, scale = 2)
	private BigDecimal amount;

	@Column(name = "paid_on", nullable = false)
	private LocalDate paidOn;

	protected Subsidy() {
	}

	Subsidy(long unitId, long villageNodeId, long personId, String personName, String period, Kind kind,
			BigDecimal amount, LocalDate paidOn, String by, Instant at) {
		super(unitId, villageNodeId, by, at);
		this.personId = personId;
		this.personName = personName;
		this.period = period;
		this.kind = kind;
		this.amount = amount;
		this.paidOn = paidOn;
	}

	public long getPersonId() {
		return personId;
	}

	public String getPersonName() {
		return personName;
	}

	public String getPeriod() {
		return period;
	}

	public Kind getKind() {
		return kind;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public LocalDate getPaidOn() {
		return paidOn;
	}

}
