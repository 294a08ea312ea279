package org.zhucun.leave.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.calendar.WorkingDayCalendar;
import org.zhucun.leave.LeaveCalendar;
import org.zhucun.leave.rules.LeaveState;

/**
 * LEA-3 for the attendance register: the working days of approved requests (in the county of the
 * village the person was posted to), cut at the report of return. Pending, refused and withdrawn
 * requests give no leave days: leaving without approval is unexcused absence.
 */
@Component
@Transactional(readOnly = true)
class JpaLeaveCalendar implements LeaveCalendar {

	private final LeaveRequestRepository requests;

	private final WorkingDayCalendar calendar;

	JpaLeaveCalendar(LeaveRequestRepository requests, WorkingDayCalendar calendar) {
		this.requests = requests;
		this.calendar = calendar;
	}

	@Override
	public Set<LocalDate> approvedLeaveDays(long personId, LocalDate from, LocalDate to) {
		return approvedLeaveDays(Set.of(personId), from, to).getOrDefault(personId, Set.of());
	}

	@Override
	public Map<Long, Set<LocalDate>> approvedLeaveDays(Set<Long> personIds, LocalDate from, LocalDate to) {
		if (personIds.isEmpty() || to.isBefore(from)) {
			return Map.of();
		}
		Map<Long, Set<LocalDate>> days = new TreeMap<>();
		for (LeaveRequest r : requests.touching(personIds, List.of(LeaveState.APPROVED), from, to)) {
			LocalDate first = r.getStartDate().isBefore(from) ? from : r.getStartDate();
			LocalDate last = r.lastCountedDay().isAfter(to) ? to : r.lastCountedDay();
			if (last.isBefore(first)) {
				continue;
			}
			days.computeIfAbsent(r.getPersonId(), k -> new TreeSet<>())
				.addAll(calendar.workingDaysIn(first, last, r.getVillageNodeId()));
		}
		days.replaceAll((k, v) -> java.util.Collections.unmodifiableSortedSet((TreeSet<LocalDate>) v));
		return Map.copyOf(days);
	}

}
