package org.zhucun.supervision.training;

import java.time.LocalDate;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.personnel.ActivePostings;
import org.zhucun.supervision.SupervisionLevel;

/**
 * Demo profile only: a 4-day off-the-job course of 沙湖县委组织部 in May 2026 attended by 王建国 and
 * 李振华 of 石嘴村, who are therefore listed as 1 day short of the 5-day minimum (TRN-1).
 */
@Component
@Profile("demo")
@Order(12)
class DemoTrainingSeeder implements ApplicationRunner {

	private final CourseRepository courses;

	private final CourseAttendanceRepository attendance;

	private final ActivePostings postings;

	private final OrganisationDirectory organisation;

	private final TransactionTemplate transaction;

	DemoTrainingSeeder(CourseRepository courses, CourseAttendanceRepository attendance, ActivePostings postings,
			OrganisationDirectory organisation, TransactionTemplate transaction) {
		this.courses = courses;
		this.attendance = attendance;
		this.postings = postings;
		this.organisation = organisation;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		transaction.executeWithoutResult(status -> {
			if (courses.count() > 0) {
				return;
			}
			var county = organisation.nodeIdByCode("641101");
			var village = organisation.villageByCode("641101001001");
			if (county.isEmpty() || village.isEmpty()) {
				return;
			}
			Course course = courses.save(new Course("沙湖县驻村第一书记和工作队员脱产轮训班", county.get(), SupervisionLevel.COUNTY,
					LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 14), 4, true, "沙湖县委组织部"));
			postings.inVillages(java.util.Set.of(village.get().id()))
				.stream()
				.filter(p -> p.personName().equals("王建国") || p.personName().equals("李振华"))
				.forEach(p -> attendance.save(new CourseAttendance(course.getId(), p.personId(), p.personName(),
						p.villageNodeId(), p.unitId(), "沙湖县委组织部")));
		});
	}

}
