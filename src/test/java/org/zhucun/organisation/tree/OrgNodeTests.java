package org.zhucun.organisation.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.organisation.NodeLevel;

/** ORG-1/2: the rules of the tree, on plain objects. */
class OrgNodeTests {

	final OrgNode region = OrgNode.root(1, "640000", "区");

	final OrgNode city = OrgNode.childOf(region, 2, "641100", "市");

	final OrgNode county = OrgNode.childOf(city, 3, "641101", "县");

	final OrgNode township = OrgNode.childOf(county, 4, "641101001", "乡");

	final OrgNode village = OrgNode.childOf(township, 5, "641101001001", "村");

	@Test
	@DisplayName("ORG-1: each child sits one level below its parent, and its path extends the parent's")
	void levelsAndPaths() {
		assertThat(city.getLevel()).isEqualTo(NodeLevel.CITY);
		assertThat(village.getLevel()).isEqualTo(NodeLevel.VILLAGE);
		assertThat(village.getPath()).isEqualTo("/1/2/3/4/5/");
		assertThat(village.pathIds()).containsExactly(1L, 2L, 3L, 4L, 5L);
	}

	@Test
	@DisplayName("ORG-1: a village has no children")
	void villageHasNoChildren() {
		assertThatThrownBy(() -> OrgNode.childOf(village, 6, "x", "y")).isInstanceOf(InvalidInputException.class)
			.hasMessage("node.error.villageHasNoChildren");
	}

	@Test
	@DisplayName("ORG-1: nothing new under a deactivated node")
	void noChildUnderInactiveParent() {
		township.deactivate();
		assertThatThrownBy(() -> OrgNode.childOf(township, 7, "x", "y")).hasMessage("node.error.parentInactive");
	}

	@Test
	@DisplayName("ORG-1: moving a node under its own descendant would make a cycle and is refused")
	void moveIntoOwnSubtreeIsACycle() {
		OrgNode otherCity = OrgNode.childOf(region, 8, "641200", "另一市");
		assertThatThrownBy(() -> county.moveUnder(county)).hasMessage("node.error.cycle");
		assertThatThrownBy(() -> city.moveUnder(county)).hasMessage("node.error.cycle");
		county.moveUnder(otherCity);
		assertThat(county.getParentId()).isEqualTo(8L);
	}

	@Test
	@DisplayName("ORG-1: a node moves only under a parent of the level above it")
	void moveKeepsLevels() {
		OrgNode otherCounty = OrgNode.childOf(city, 9, "641102", "另一县");
		assertThatThrownBy(() -> village.moveUnder(otherCounty)).hasMessage("node.error.parentLevel");
	}

	@Test
	@DisplayName("ORG-2: flags, location and population belong to villages only")
	void villageFieldsOnVillagesOnly() {
		var profile = new VillageProfile(true, false, new BigDecimal("38.5"), new BigDecimal("106.2"), 500, 1200);
		assertThatThrownBy(() -> township.describeVillage(profile)).hasMessage("node.error.villageFieldsOnVillageOnly");
		village.describeVillage(profile);
		assertThat(village.getVillageProfile().receivesPersonnel()).isTrue();
	}

	@Test
	@DisplayName("ORG-2: only a poor village or one with a weak party organisation receives dispatched personnel")
	void onlyFlaggedVillagesReceivePersonnel() {
		assertThat(new VillageProfile(false, false, null, null, null, 100).receivesPersonnel()).isFalse();
		assertThat(new VillageProfile(false, true, null, null, null, 100).receivesPersonnel()).isTrue();
		assertThat(new VillageProfile(true, false, null, null, null, 100).receivesPersonnel()).isTrue();
	}

}
