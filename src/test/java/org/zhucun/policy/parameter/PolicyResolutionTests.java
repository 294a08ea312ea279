package org.zhucun.policy.parameter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhucun.policy.PolicyKey;

/** POL-1: which setting is in force, without a database. Path: region 1 → city 4 → county 9. */
class PolicyResolutionTests {

	static final List<Long> PATH = List.of(1L, 4L, 9L);

	@Test
	@DisplayName("POL-1: the nearest place wins (the county over its city and the region); the latest year within a place")
	void nearestPlaceThenLatestYear() {
		var region2027 = setting(1, 2027, 5);
		var county2026 = setting(9, 2026, 4);
		var county2028 = setting(9, 2028, 6);
		var candidates = List.of(region2027, county2026, county2028);
		assertThat(PolicyResolution.inForce(PATH, candidates, 2027)).contains(county2026);
		assertThat(PolicyResolution.inForce(PATH, candidates, 2028)).contains(county2028);
		assertThat(PolicyResolution.inForce(PATH, List.of(region2027), 2027)).contains(region2027);
	}

	@Test
	@DisplayName("POL-1: a setting from a later year or of another place does not apply; none leaves the default")
	void laterYearsAndOtherPlacesDoNotApply() {
		assertThat(PolicyResolution.inForce(PATH, List.of(setting(9, 2027, 4)), 2026)).isEmpty();
		assertThat(PolicyResolution.inForce(PATH, List.of(setting(12, 2020, 4)), 2026)).as("a sibling county").isEmpty();
	}

	static PolicySetting setting(long node, int fromYear, int value) {
		PolicySetting s = new PolicySetting(node, PolicyKey.LEAVE_TOWNSHIP_MAX_WORKING_DAYS, fromYear);
		s.set(value, "测试", "测试", Instant.EPOCH);
		return s;
	}

}
