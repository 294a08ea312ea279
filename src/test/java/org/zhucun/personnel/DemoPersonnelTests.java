package org.zhucun.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhucun.IntegrationTest;

/** The demo region's people (PER-1..4): enough to try every list, filter and workbench card. */
@IntegrationTest
class DemoPersonnelTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@DisplayName("PER-2/3 demo: about 120 people, most villages with a team of 3 to 5, a few terms ending soon, a replacement in history")
	void demoRegionIsPopulated() {
		assertThat(jdbc.queryForObject("select count(*) from person", Long.class)).isBetween(115L, 200L);
		var teamSizes = jdbc.queryForList("select count(*) from assignment where ended_on is null group by village_node_id",
				Long.class);
		assertThat(teamSizes.stream().filter(n -> n >= 3 && n <= 5).count()).as("teams of 3 to 5").isGreaterThanOrEqualTo(15);
		assertThat(jdbc.queryForObject("select count(*) from assignment where ended_on is null "
				+ "and planned_end_date between current_date and current_date + 60", Long.class))
			.as("terms ending within 60 days").isGreaterThanOrEqualTo(3);
		assertThat(jdbc.queryForObject("select count(*) from assignment where successor_assignment_id is not null", Long.class))
			.as("a replacement in history").isGreaterThanOrEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from work_team t where (select count(*) from assignment a "
				+ "where a.team_id = t.id and a.ended_on is null and a.leads_team) > 1", Long.class))
			.as("no team with two leaders").isZero();
	}

}
