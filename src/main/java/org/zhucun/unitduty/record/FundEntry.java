package org.zhucun.unitduty.record;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** SUB-2, MTG-3: a line of the team's working-funds ledger, money given by the unit (IN) or used (OUT). */
@Entity
@Table(name = "unit_fund_entry")
public class FundEntry extends DutyRecord {

	public enum Direction {
		IN, OUT;

		public String messageKey() {
			return "unitduty.fund." + name();
		}
	}

	@Column(name = "entry_date", nullable = false)
	private LocalDate entryDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 3)
	private Direction direction;

	@Column(nullable = false, precision = 14, scale = 2)
	private BigDecimal amount;

	@Column(nullable = false, length = 200)
	private String purpose;

	protected FundEntry() {
	}

	FundEntry(long unitId, long villageNodeId, LocalDate entryDate, Direction direction, BigDecimal amount,
			String purpose, String by, Instant at) {
		super(unitId, villageNodeId, by, at);
		this.entryDate = entryDate;
		this.direction = direction;
		this.amount = amount;
		this.purpose = purpose;
	}

	public LocalDate getEntryDate() {
		return entryDate;
	}

	public Direction getDirection() {
		return direction;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public String getPurpose() {
		return purpose;
	}

}
