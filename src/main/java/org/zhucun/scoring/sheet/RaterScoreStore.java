package org.zhucun.scoring.sheet;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.zhucun.scoring.rules.ItemFacts.RaterScore;
import org.zhucun.scoring.rules.RaterKind;

/** The raters' scores (V26 scoring_rater_score), read in bulk for many sheets at once. */
@Repository
class RaterScoreStore {

	private static final int CHUNK = 5000;

	private final JdbcTemplate jdbc;

	RaterScoreStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** subject id → item code → scores, in the order they were entered. */
	Map<Long, Map<String, List<RaterScore>>> of(Subject subject, Collection<Long> ids, int year) {
		Map<Long, Map<String, List<RaterScore>>> result = new HashMap<>();
		List<Long> list = List.copyOf(new java.util.LinkedHashSet<>(ids));
		for (int start = 0; start < list.size(); start += CHUNK) {
			List<Long> chunk = list.subList(start, Math.min(list.size(), start + CHUNK));
			jdbc.query("select id, subject_id, item_code, rater_kind, rater_name, score, reason, entered_at, entered_by "
					+ "from scoring_rater_score where subject_kind = ? and score_year = ? and subject_id = any(?) order by id",
					rs -> {
						result.computeIfAbsent(rs.getLong("subject_id"), k -> new HashMap<>())
							.computeIfAbsent(rs.getString("item_code"), k -> new ArrayList<>())
							.add(new RaterScore(rs.getLong("id"), RaterKind.valueOf(rs.getString("rater_kind")),
									rs.getString("rater_name"), rs.getBigDecimal("score"), rs.getString("reason"),
									rs.getTimestamp("entered_at").toInstant(), rs.getString("entered_by")));
					}, subject.name(), year, chunk.toArray(Long[]::new));
		}
		return result;
	}

	/** A rater's score of an item; a second score of the same rater replaces the first (SEC-9: one statement). */
	void save(Subject subject, long subjectId, int year, String itemCode, RaterKind rater, String raterName,
			BigDecimal score, String reason, LocalDate scoredOn, String by, Instant at) {
		jdbc.update("insert into scoring_rater_score (id, subject_kind, subject_id, score_year, item_code, rater_kind, "
				+ "rater_name, score, reason, scored_on, entered_by, entered_at) values (nextval('scoring_seq'), ?, ?, ?, ?, ?, "
				+ "?, ?, ?, ?, ?, ?) on conflict (subject_kind, subject_id, score_year, item_code, rater_kind, rater_name) "
				+ "do update set score = excluded.score, reason = excluded.reason, scored_on = excluded.scored_on, "
				+ "entered_by = excluded.entered_by, entered_at = excluded.entered_at, version = scoring_rater_score.version + 1",
				subject.name(), subjectId, year, itemCode, rater.name(), raterName, score, reason, Date.valueOf(scoredOn), by,
				Timestamp.from(at));
	}

}
