package org.zhucun.unitduty.record;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.zhucun.unitduty.LeaderRole;

/** What the unit enters, naming itself and the village (the team) by code (MTG-1..3, SUB-2). */
public final class DutyCommands {

	private DutyCommands() {
	}

	public record MeetingCommand(String unitCode, String villageCode, LocalDate heldOn, String minutes) {
	}

	public record VisitCommand(String unitCode, String villageCode, String leaderName, LeaderRole role,
			LocalDate visitedOn, String solved) {
	}

	public record FundCommand(String unitCode, String villageCode, LocalDate entryDate, FundEntry.Direction direction,
			BigDecimal amount, String purpose) {
	}

	public record SubsidyCommand(String unitCode, String villageCode, Long personId, String period, Subsidy.Kind kind,
			BigDecimal amount, LocalDate paidOn) {
	}

}
