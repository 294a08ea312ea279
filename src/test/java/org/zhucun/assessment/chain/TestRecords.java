package org.zhucun.assessment.chain;

import org.springframework.jdbc.core.JdbcTemplate;

/** ASM-1, ASM-2: removes the assessments a test made (their steps and history first). */
final class TestRecords {

	private TestRecords() {
	}

	static void deleteAssessments(JdbcTemplate jdbc, String where) {
		jdbc.update("delete from assessment_step where assessment_id in (select id from assessment where " + where + ")");
		jdbc.update("delete from assessment_event where assessment_id in (select id from assessment where " + where + ")");
		jdbc.update("delete from assessment where " + where);
	}

}
