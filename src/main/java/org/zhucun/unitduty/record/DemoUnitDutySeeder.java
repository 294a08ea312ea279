package org.zhucun.unitduty.record;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zhucun.common.security.ActingAs;
import org.zhucun.unitduty.LeaderRole;
import org.zhucun.unitduty.record.DutyCommands.FundCommand;
import org.zhucun.unitduty.record.DutyCommands.MeetingCommand;
import org.zhucun.unitduty.record.DutyCommands.SubsidyCommand;
import org.zhucun.unitduty.record.DutyCommands.VisitCommand;

/**
 * Demo profile only: 沙湖县财政局's duties towards its team in 石嘴村, entered by caizheng-dw through the
 * service: a meeting, two leader visits — the head's 7 months before today, so the unit is flagged
 * (MTG-2) — a working-funds ledger of three lines and a meal subsidy.
 */
@Component
@Profile("demo")
@Order(20)
class DemoUnitDutySeeder implements ApplicationRunner {

	static final String UNIT = "U641101-01";

	static final String VILLAGE = "641101001001";

	private static final Logger log = LoggerFactory.getLogger(DemoUnitDutySeeder.class);

	private final UnitDutyService duties;

	private final LeaderVisitRepository visits;

	private final ActingAs acting;

	DemoUnitDutySeeder(UnitDutyService duties, LeaderVisitRepository visits, ActingAs acting) {
		this.duties = duties;
		this.visits = visits;
		this.acting = acting;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (visits.count() > 0) {
			return;
		}
		LocalDate today = duties.today();
		acting.as("caizheng-dw", () -> {
			var team = duties.teams(today.getYear())
				.stream()
				.filter(t -> t.unit().code().equals(UNIT) && t.village().code().equals(VILLAGE))
				.findFirst();
			if (team.isEmpty()) {
				log.info("Demo unit duties skipped: 沙湖县财政局 has nobody in 石嘴村");
				return null;
			}
			LocalDate headVisit = max(today.minusMonths(7), team.get().since());
			LocalDate research = max(today.minusMonths(1), team.get().since());
			duties.addMeeting(new MeetingCommand(UNIT, VILLAGE, research,
					"局党组会议专题研究驻石嘴村工作队工作：听取第一书记汇报，决定追加工作经费，协调解决村道硬化资金缺口。"));
			duties.addVisit(new VisitCommand(UNIT, VILLAGE, "张国强", LeaderRole.HEAD, headVisit,
					"到村调研指导，协调解决工作队住宿和办公条件"));
			duties.addVisit(new VisitCommand(UNIT, VILLAGE, "刘明", LeaderRole.LEADER_IN_CHARGE, research,
					"调查研究枸杞产业合作社发展，协调农业保险补贴"));
			duties.addFund(new FundCommand(UNIT, VILLAGE, headVisit, FundEntry.Direction.IN, new BigDecimal("50000.00"),
					"年度工作经费拨付"));
			duties.addFund(new FundCommand(UNIT, VILLAGE, research, FundEntry.Direction.OUT, new BigDecimal("3200.50"),
					"购置办公用品"));
			duties.addFund(new FundCommand(UNIT, VILLAGE, research, FundEntry.Direction.OUT, new BigDecimal("12000.00"),
					"村民议事室修缮"));
			team.get()
				.postings()
				.stream()
				.filter(p -> p.endedOn() == null)
				.findFirst()
				.ifPresent(p -> duties.addSubsidy(new SubsidyCommand(UNIT, VILLAGE, p.personId(),
						research.withDayOfMonth(1).toString().substring(0, 7), Subsidy.Kind.MEAL, new BigDecimal("660.00"),
						research)));
			return null;
		});
		log.info("Demo unit duties loaded for 沙湖县财政局 in 石嘴村");
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

}
