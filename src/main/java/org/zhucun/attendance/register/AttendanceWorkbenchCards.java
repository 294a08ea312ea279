package org.zhucun.attendance.register;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.zhucun.common.ui.WorkbenchCard;
import org.zhucun.common.ui.WorkbenchContributor;
import org.zhucun.organisation.PlaceSummary;

/**
 * The attendance items of the workbench (ATT-4, ATT-6, ATT-9), within the user's scope: the months the
 * township has still to confirm; the people short of the monthly minimum last month; the people near
 * the yearly limit of unexcused absence.
 */
@Component
class AttendanceWorkbenchCards implements WorkbenchContributor {

	private static final int MONTHS_BACK = 3;

	private static final int MAX_LINES = 5;

	private final AttendanceRegisterService registers;

	private final ConfirmedMonthRepository months;

	private final AbsenceWatch absences;

	private final Clock clock;

	AttendanceWorkbenchCards(AttendanceRegisterService registers, ConfirmedMonthRepository months, AbsenceWatch absences,
			Clock clock) {
		this.registers = registers;
		this.months = months;
		this.absences = absences;
		this.clock = clock;
	}

	@Override
	public List<WorkbenchCard> cards(Authentication user) {
		if (!has(user, "ATTENDANCE_READ")) {
			return List.of();
		}
		List<PlaceSummary> townships = registers.townships();
		if (townships.isEmpty()) {
			return List.of();
		}
		YearMonth current = YearMonth.from(LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))));
		List<WorkbenchCard> cards = new ArrayList<>();
		if (has(user, "ATTENDANCE_WRITE")) {
			monthsToConfirm(townships, current).ifPresent(cards::add);
		}
		List<RegisterRow> lastMonth = new ArrayList<>();
		for (PlaceSummary township : townships) {
			lastMonth.addAll(registers.build(township, current.minusMonths(1)).rows());
		}
		underMinimum(lastMonth, current.minusMonths(1)).ifPresent(cards::add);
		nearAbsenceLimit(lastMonth, current.getYear()).ifPresent(cards::add);
		return cards;
	}

	private java.util.Optional<WorkbenchCard> monthsToConfirm(List<PlaceSummary> townships, YearMonth current) {
		List<WorkbenchCard.Line> lines = new ArrayList<>();
		for (int back = MONTHS_BACK; back >= 1; back--) {
			YearMonth month = current.minusMonths(back);
			var confirmed = months.townshipsConfirmed(townships.stream().map(PlaceSummary::id).toList(), month.atDay(1));
			townships.stream()
				.filter(t -> !confirmed.contains(t.id()))
				.forEach(t -> lines.add(new WorkbenchCard.Line("workbench.card.monthsToConfirm.line", t.name(),
						month.getYear(), month.getMonthValue())));
		}
		if (lines.isEmpty()) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new WorkbenchCard(12, "workbench.card.monthsToConfirm", (long) lines.size(),
				lines.stream().limit(MAX_LINES).toList(), "/attendance/register?month=" + current.minusMonths(1)));
	}

	private java.util.Optional<WorkbenchCard> underMinimum(List<RegisterRow> rows, YearMonth month) {
		List<RegisterRow> short_ = rows.stream().filter(r -> !r.figure().meetsRequirement()).toList();
		if (short_.isEmpty()) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new WorkbenchCard(13, "workbench.card.underMinimum", (long) short_.size(),
				short_.stream()
					.limit(MAX_LINES)
					.map(r -> new WorkbenchCard.Line("workbench.card.underMinimum.line", r.personName(), month.getMonthValue(),
							r.figure().inVillage(), r.figure().required()))
					.toList(),
				"/attendance/register?month=" + month));
	}

	private java.util.Optional<WorkbenchCard> nearAbsenceLimit(List<RegisterRow> rows, int year) {
		Map<Long, String> names = rows.stream()
			.collect(Collectors.toMap(RegisterRow::personId, RegisterRow::personName, (a, b) -> a));
		Map<Long, Long> villages = rows.stream()
			.collect(Collectors.toMap(RegisterRow::personId, RegisterRow::villageNodeId, (a, b) -> a));
		List<WorkbenchCard.Line> lines = new ArrayList<>();
		absences.absentDays(names.keySet(), year).forEach((person, days) -> {
			AbsenceLimitRule rule = absences.rule(villages.get(person), year);
			if (rule.near(days) || rule.exceeded(days)) {
				lines.add(new WorkbenchCard.Line("workbench.card.absenceLimit.line", names.get(person), days, rule.limit()));
			}
		});
		if (lines.isEmpty()) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new WorkbenchCard(14, "workbench.card.absenceLimit", (long) lines.size(),
				lines.stream().limit(MAX_LINES).toList(), "/attendance/report?period=" + year));
	}

	private static boolean has(Authentication user, String authority) {
		return user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority));
	}

}
