package org.zhucun.attendance.register;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhucun.common.scope.DataScope;
import org.zhucun.organisation.NodeLevel;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.PlaceSummary;
import org.zhucun.personnel.ActivePostings;

/**
 * Demo profile only: every person posted today registered their arrival at the start of each of the
 * last six months and their departure at its end (ATT-2), recorded by the township's clerk, so that
 * the demo registers show days in the village and can be confirmed.
 */
@Component
@Profile("demo")
@Order(6)
class DemoPresenceSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPresenceSeeder.class);

	private static final int MONTHS = 6;

	private final PresenceRegistrationRepository registrations;

	private final ActivePostings postings;

	private final OrganisationDirectory organisation;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoPresenceSeeder(PresenceRegistrationRepository registrations, ActivePostings postings,
			OrganisationDirectory organisation, TransactionTemplate transaction, Clock clock) {
		this.registrations = registrations;
		this.postings = postings;
		this.organisation = organisation;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		transaction.executeWithoutResult(status -> {
			if (registrations.count() > 0) {
				return;
			}
			var villages = organisation.placesWithin(DataScope.everything(), NodeLevel.VILLAGE)
				.stream()
				.map(PlaceSummary::id)
				.toList();
			LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
			YearMonth current = YearMonth.from(today);
			var now = clock.instant();
			int count = 0;
			for (var posting : postings.inVillages(villages)) {
				for (int back = MONTHS; back >= 0; back--) {
					YearMonth month = current.minusMonths(back);
					LocalDate arrival = month.atDay(1);
					registrations.save(new PresenceRegistration(posting.personId(), posting.villageNodeId(),
							posting.townshipNodeId(), PresenceKind.ARRIVAL, arrival, null, "演示考勤员", true, now));
					count++;
					if (back > 0) {
						registrations.save(new PresenceRegistration(posting.personId(), posting.villageNodeId(),
								posting.townshipNodeId(), PresenceKind.DEPARTURE, month.atEndOfMonth(), null, "演示考勤员", true,
								now));
						count++;
					}
				}
			}
			log.info("Demo arrival and departure registrations loaded: {}", count);
		});
	}

}
