package org.zhucun.unitduty.record;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * SUB-2: the working-funds ledger of a team in date order, each line with the balance after it
 * (money given adds, money used subtracts), in exact yuan.
 */
public final class FundLedger {

	private FundLedger() {
	}

	public record Line(FundEntry entry, BigDecimal balance) {
	}

	public static List<Line> of(List<FundEntry> entries) {
		List<Line> lines = new ArrayList<>();
		BigDecimal balance = BigDecimal.ZERO.setScale(2);
		for (FundEntry e : entries.stream()
			.sorted(Comparator.comparing(FundEntry::getEntryDate).thenComparing(FundEntry::getId,
					Comparator.nullsLast(Comparator.naturalOrder())))
			.toList()) {
			balance = e.getDirection() == FundEntry.Direction.IN ? balance.add(e.getAmount()) : balance.subtract(e.getAmount());
			lines.add(new Line(e, balance));
		}
		return lines;
	}

}
