package org.zhucun.attendance.register;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.calendar.WorkingDayCalendar;
import org.zhucun.common.scope.DataScope;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.organisation.NodeLevel;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.PlaceSummary;
import org.zhucun.organisation.UnitSummary;
import org.zhucun.personnel.PostingPeriod;
import org.zhucun.personnel.Postings;
import org.zhucun.policy.PolicyKey;
import org.zhucun.policy.PolicyParameters;

/**
 * The attendance figures over a period (ATT-4, ATT-5, ATT-7), added up from the monthly registers of
 * every township of a county — the same registers the townships keep, so the figures always match
 * them. The county organisation department sees everybody in its county; a dispatching unit only its
 * own people (ORG-5).
 */
@Service
@Transactional(readOnly = true)
public class AttendanceFigures {

	private final AttendanceRegisterService registers;

	private final OrganisationDirectory organisation;

	private final WorkingDayCalendar calendar;

	private final DataScopeProvider scopes;

	private final PolicyParameters parameters;

	private final Clock clock;

	private final Postings postings;

	AttendanceFigures(AttendanceRegisterService registers, OrganisationDirectory organisation,
			WorkingDayCalendar calendar, DataScopeProvider scopes, PolicyParameters parameters, Clock clock,
			Postings postings) {
		this.postings = postings;
		this.registers = registers;
		this.organisation = organisation;
		this.calendar = calendar;
		this.scopes = scopes;
		this.parameters = parameters;
		this.clock = clock;
	}

	/** The counties whose report the user may open: those in the scope, or those holding the user's units. */
	public List<PlaceSummary> counties() {
		DataScope scope = scopes.currentScope();
		Map<String, PlaceSummary> counties = new LinkedHashMap<>();
		organisation.placesWithin(scope, NodeLevel.COUNTY).forEach(c -> counties.put(c.code(), c));
		// a dispatching unit: the counties its people were posted to this year and last
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
		postings.ofUnits(organisation.unitIdsWithin(scope), today.minusYears(1).withDayOfYear(1), today)
			.stream()
			.map(PostingPeriod::villageNodeId)
			.distinct()
			.forEach(village -> organisation.countyOf(village).ifPresent(c -> counties.putIfAbsent(c.code(), c)));
		return List.copyOf(counties.values());
	}

	public AttendanceReport report(String areaCode, String period) {
		ReportPeriod p = ReportPeriod.parse(period, clock);
		DataScope scope = scopes.currentScope();
		PlaceSummary area = organisation.place(areaCode == null ? "" : areaCode.strip())
			.filter(a -> a.level() == NodeLevel.COUNTY || a.level() == NodeLevel.TOWNSHIP)
			.filter(a -> scope.coversPath(a.path()) || !scope.unitIds().isEmpty())
			.orElseThrow(() -> new NotFoundException("attendance.error.unknownArea"));
		Set<Long> units = scope.coversPath(area.path()) ? null : organisation.unitIdsWithin(scope);
		List<PlaceSummary> townships = area.level() == NodeLevel.TOWNSHIP ? List.of(area)
				: organisation.placesWithin(DataScope.subtree(area.path()), NodeLevel.TOWNSHIP);

		Map<Long, Totals> people = new LinkedHashMap<>();
		for (PlaceSummary township : townships) {
			for (YearMonth month : p.months()) {
				Register register = registers.build(township, month);
				for (RegisterRow row : register.rows()) {
					if (units != null && !units.contains(row.unitId())) {
						continue;
					}
					people.computeIfAbsent(row.personId(), id -> new Totals(row, register.villageName(row.villageNodeId())))
						.add(row, register.confirmed());
				}
			}
		}
		Map<Long, String> unitNames = new HashMap<>();
		List<AttendanceReport.PersonLine> lines = people.values()
			.stream()
			.map(t -> t.line(unitNames.computeIfAbsent(t.row.unitId(),
					id -> organisation.unit(id).map(UnitSummary::name).orElse(""))))
			.sorted(Comparator.comparing(AttendanceReport.PersonLine::unitName).thenComparing(AttendanceReport.PersonLine::name))
			.toList();
		int minimum = parameters.value(PolicyKey.ATTENDANCE_MONTHLY_MINIMUM_DAYS, area.id(), p.first().getYear());
		return new AttendanceReport(area, p, minimum, lines, p.wholeYear() ? teams(area, p, lines) : List.of());
	}

	private List<AttendanceReport.TeamLine> teams(PlaceSummary area, ReportPeriod period, List<AttendanceReport.PersonLine> lines) {
		int yearDays = calendar.workingDays(period.from(), period.to(), area.id());
		TeamYearRule rule = new TeamYearRule(
				parameters.value(PolicyKey.ATTENDANCE_TEAM_YEARLY_DAYS, area.id(), period.first().getYear()));
		Map<Long, List<AttendanceReport.PersonLine>> byTeam = new LinkedHashMap<>();
		lines.forEach(l -> byTeam.computeIfAbsent(l.teamId(), id -> new ArrayList<>()).add(l));
		return byTeam.entrySet()
			.stream()
			.map(e -> new AttendanceReport.TeamLine(e.getKey(), e.getValue().get(0).villageName(), e.getValue().size(),
					rule.figure(yearDays, e.getValue()
						.stream()
						.map(l -> new TeamYearRule.MemberYear(l.personId(), l.postedWorkingDays(), l.inVillage()))
						.toList())))
			.sorted(Comparator.comparing(AttendanceReport.TeamLine::villageName))
			.toList();
	}

	/** A person's months added up. */
	private static final class Totals {

		private final RegisterRow row;

		private final String villageName;

		private int posted;

		private int in;

		private int leave;

		private int absent;

		private int unregistered;

		private int monthsShort;

		private int monthsUnconfirmed;

		Totals(RegisterRow row, String villageName) {
			this.row = row;
			this.villageName = villageName;
		}

		void add(RegisterRow month, boolean confirmed) {
			MonthFigure f = month.figure();
			posted += f.postedWorkingDays();
			in += f.inVillage();
			leave += f.leave();
			absent += f.absent();
			unregistered += f.unregistered();
			monthsShort += f.meetsRequirement() ? 0 : 1;
			monthsUnconfirmed += confirmed ? 0 : 1;
		}

		AttendanceReport.PersonLine line(String unitName) {
			return new AttendanceReport.PersonLine(row.personId(), row.personName(), villageName, unitName, row.teamId(),
					posted, in, leave, absent, unregistered, monthsShort, monthsUnconfirmed);
		}

	}

}
