package org.zhucun.attendance.register;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zhucun.common.web.InvalidInputException;

/**
 * The period of an attendance report (ATT-7): a year ({@code 2026}), a quarter ({@code 2026-Q3}) or a
 * month ({@code 2026-10}). Without one, the last quarter that is over.
 */
public record ReportPeriod(String label, YearMonth first, YearMonth last) {

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

	static ReportPeriod parse(String value, Clock clock) {
		if (value == null || value.isBlank()) {
			YearMonth now = YearMonth.from(LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))));
			YearMonth lastQuarterEnd = now.minusMonths((now.getMonthValue() - 1) % 3 + 1);
			return quarter(lastQuarterEnd.getYear(), (lastQuarterEnd.getMonthValue() - 1) / 3 + 1);
		}
		String v = value.strip();
		Matcher m;
		if ((m = YEAR.matcher(v)).matches()) {
			int year = Integer.parseInt(m.group(1));
			return new ReportPeriod(v, YearMonth.of(year, 1), YearMonth.of(year, 12));
		}
		if ((m = QUARTER.matcher(v)).matches()) {
			return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
		}
		if ((m = MONTH.matcher(v)).matches() && Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= 12) {
			YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
			return new ReportPeriod(v, month, month);
		}
		throw new InvalidInputException("period", "attendance.error.badPeriod");
	}

	static ReportPeriod quarter(int year, int quarter) {
		YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
		return new ReportPeriod(year + "-Q" + quarter, first, first.plusMonths(2));
	}

	public LocalDate from() {
		return first.atDay(1);
	}

	public LocalDate to() {
		return last.atEndOfMonth();
	}

	/** Whether the period is one whole calendar year (the team figure of ATT-5 needs one). */
	public boolean wholeYear() {
		return first.getMonthValue() == 1 && last.getMonthValue() == 12 && first.getYear() == last.getYear();
	}

	List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
			months.add(m);
		}
		return months;
	}

}
