package org.zhucun.supervision.training;

import java.util.List;

import org.zhucun.supervision.TrainingRecords.TrainingSummary;

/**
 * TRN-1 (Art. 16): a person receives at least the minimum days of off-the-job training a year. The
 * days of the off-the-job courses starting in the year are added up; courses held on the job do not
 * count. The summary explains itself: which courses, how many days, against which minimum.
 */
final class OffJobRule {

	private OffJobRule() {
	}

	static TrainingSummary evaluate(long personId, String name, int year, List<Course> attended, int minimum) {
		List<Course> counted = attended.stream()
			.filter(Course::isOffTheJob)
			.filter(c -> c.getStartDate().getYear() == year)
			.toList();
		int days = counted.stream().mapToInt(Course::getDays).sum();
		return new TrainingSummary(personId, name, year, days, minimum,
				counted.stream().map(c -> c.getTitle() + "（" + c.getDays() + "）").toList());
	}

}
