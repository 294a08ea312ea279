package org.zhucun.supervision;

import java.util.List;

/** What other modules ask of the training records (TRN-1). Unscoped, like {@link DisciplineRecords}. */
public interface TrainingRecords {

	/** A person's days of off-the-job training in a year against the minimum in force for their village. */
	TrainingSummary ofPerson(long personId, int year);

	/**
	 * Off-the-job days attended in the year (courses starting in it), the minimum in force (policy
	 * number TRAINING_MIN_OFF_JOB_DAYS for the person's village and year), and the days short (0 when
	 * the minimum is met); {@code courses} names the off-the-job courses counted.
	 */
	record TrainingSummary(long personId, String personName, int year, int offJobDays, int minimum, List<String> courses) {

		public int shortfall() {
			return Math.max(0, minimum - offJobDays);
		}

	}

}
