package org.zhucun.survey.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.JdbcTemplate;

/** SAT-1: surveys of test persons (ids no demo person has) posted to 石嘴村 of 月牙湖乡, removed after each test. */
final class TestSurveys {

	private final SurveyRepository surveys;

	private final JdbcTemplate jdbc;

	private final List<Long> created = new ArrayList<>();

	TestSurveys(SurveyRepository surveys, JdbcTemplate jdbc) {
		this.surveys = surveys;
		this.jdbc = jdbc;
	}

	Survey of(SurveySubject subject, String personName) {
		long village = node("641101001001");
		long person = 900_000_000L + ThreadLocalRandom.current().nextLong(10_000_000);
		Survey s = surveys.save(new Survey(subject, 2026, person, personName, village, "石嘴村", node("641101001"),
				node("641101"), null, subject.minimumKey().seedValue(), "test", Instant.now()));
		created.add(s.getId());
		return s;
	}

	/** Surveys made by the code under test, to be removed with the rest. */
	void alsoRemove(Long id) {
		created.add(id);
	}

	void removeAll() {
		for (long id : created) {
			for (String table : List.of("survey_vote", "survey_code", "survey_tally", "survey_rater_group")) {
				jdbc.update("delete from " + table + " where survey_id = ?", id);
			}
			jdbc.update("delete from survey where id = ?", id);
		}
		created.clear();
	}

	private long node(String code) {
		return jdbc.queryForObject("select id from org_node where code = ?", Long.class, code);
	}

}
