package org.zhucun.scoring.sheet;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The team activities (V26 scoring_team_activity). */
@Repository
class TeamActivityStore {

	private final JdbcTemplate jdbc;

	TeamActivityStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<TeamActivity> of(long villageNodeId, int year) {
		return jdbc.query("select id, village_node_id, kind, held_on, title, person_times, entered_by, entered_at "
				+ "from scoring_team_activity where village_node_id = ? and held_on between ? and ? order by held_on, id",
				(rs, n) -> new TeamActivity(rs.getLong("id"), rs.getLong("village_node_id"),
						TeamActivity.Kind.valueOf(rs.getString("kind")), rs.getDate("held_on").toLocalDate(),
						rs.getString("title"), rs.getInt("person_times"), rs.getString("entered_by"),
						rs.getTimestamp("entered_at").toInstant()),
				villageNodeId, Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31)));
	}

	void add(long villageNodeId, TeamActivity.Kind kind, LocalDate heldOn, String title, int personTimes, String by,
			java.time.Instant at) {
		jdbc.update("insert into scoring_team_activity (id, village_node_id, kind, held_on, title, person_times, entered_by, "
				+ "entered_at) values (nextval('scoring_seq'), ?, ?, ?, ?, ?, ?, ?)", villageNodeId, kind.name(),
				Date.valueOf(heldOn), title, personTimes, by, Timestamp.from(at));
	}

}
