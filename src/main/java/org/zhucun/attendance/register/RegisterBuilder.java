package org.zhucun.attendance.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.zhucun.attendance.DayStatus;
import org.zhucun.personnel.PostingPeriod;

/**
 * Assembles the lines of a monthly register from the records (ATT-9, BUR-1): for each working day of
 * a posting, a day stored in the register (the clerk's exception, or every day once the month is
 * confirmed) comes first; otherwise approved leave (LEA-3); otherwise in the village between an
 * arrival and a departure registration (ATT-2); otherwise unregistered. Plain code, no database.
 */
final class RegisterBuilder {

	private final List<LocalDate> workingDays;

	private final MonthlyPresenceRule rule;

	RegisterBuilder(Collection<LocalDate> workingDays, MonthlyPresenceRule rule) {
		this.workingDays = List.copyOf(new TreeSet<>(workingDays));
		this.rule = rule;
	}

	/**
	 * The lines, one per person in the order of {@code postings} (a person posted twice within the
	 * month gets one line with the village of their later posting).
	 */
	List<RegisterRow> rows(List<PostingPeriod> postings, Map<Long, StayTimeline> stays, Map<Long, Set<LocalDate>> leave,
			Map<Long, Map<LocalDate, RegisterCell>> stored) {
		Map<Long, List<PostingPeriod>> byPerson = new LinkedHashMap<>();
		for (PostingPeriod p : postings) {
			byPerson.computeIfAbsent(p.personId(), id -> new ArrayList<>()).add(p);
		}
		List<RegisterRow> rows = new ArrayList<>();
		byPerson.forEach((personId, periods) -> rows.add(row(periods, stays.get(personId),
				leave.getOrDefault(personId, Set.of()), stored.getOrDefault(personId, Map.of()))));
		return rows;
	}

	private RegisterRow row(List<PostingPeriod> periods, StayTimeline stay, Set<LocalDate> leave,
			Map<LocalDate, RegisterCell> stored) {
		PostingPeriod latest = periods.stream()
			.max(java.util.Comparator.comparing(PostingPeriod::startDate))
			.orElseThrow();
		SortedMap<LocalDate, RegisterCell> cells = new TreeMap<>();
		Set<LocalDate> leaveNotInRegister = new TreeSet<>();
		for (LocalDate day : workingDays) {
			if (periods.stream().noneMatch(p -> p.covers(day))) {
				continue;
			}
			RegisterCell cell = stored.get(day);
			if (cell == null) {
				cell = computed(day, stay, leave);
			}
			else if (leave.contains(day) && cell.status() != DayStatus.LEAVE && cell.source() != DaySource.CORRECTION) {
				leaveNotInRegister.add(day);
			}
			cells.put(day, cell);
		}
		MonthFigure figure = rule.figure(cells.values().stream().map(RegisterCell::status).toList());
		return new RegisterRow(latest.personId(), latest.personName(), latest.villageNodeId(), latest.teamId(), latest.role(),
				latest.unitId(), cells, figure, leaveNotInRegister);
	}

	/** The day as the records make it when nobody has entered it. */
	static RegisterCell computed(LocalDate day, StayTimeline stay, Set<LocalDate> leave) {
		if (leave.contains(day)) {
			return RegisterCell.of(DayStatus.LEAVE, DaySource.LEAVE);
		}
		if (stay != null && stay.inVillage(day)) {
			return RegisterCell.of(DayStatus.IN_VILLAGE, DaySource.DEFAULT);
		}
		return RegisterCell.of(DayStatus.UNREGISTERED, DaySource.DEFAULT);
	}

}
