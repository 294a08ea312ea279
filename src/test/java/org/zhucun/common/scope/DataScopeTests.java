package org.zhucun.common.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ORG-5: what lies inside a data scope. */
class DataScopeTests {

	@Test
	@DisplayName("ORG-5: a township's scope holds its villages and nothing of a sibling township")
	void subtreeCoversDescendantsOnly() {
		DataScope township = DataScope.subtree("/1/2/5/9/");
		assertThat(township.coversPath("/1/2/5/9/")).isTrue();
		assertThat(township.coversPath("/1/2/5/9/41/")).isTrue();
		assertThat(township.coversPath("/1/2/5/10/")).isFalse();
		assertThat(township.coversPath("/1/2/5/")).as("not the county above").isFalse();
	}

	@Test
	@DisplayName("ORG-5: path prefixes compare whole ids, so node 9 does not cover node 91")
	void prefixesCompareWholeIds() {
		assertThat(DataScope.subtree("/1/9/").coversPath("/1/91/")).isFalse();
	}

	@Test
	@DisplayName("ORG-5: a dispatching unit's scope holds its own unit and no node of the tree")
	void unitScope() {
		DataScope unit = DataScope.unit(7);
		assertThat(unit.coversUnit(7L)).isTrue();
		assertThat(unit.coversUnit(8L)).isFalse();
		assertThat(unit.coversPath("/1/")).isFalse();
	}

	@Test
	void nothingCoversNothingAndEverythingCoversAll() {
		assertThat(DataScope.nothing().coversPath("/1/")).isFalse();
		assertThat(DataScope.nothing().isEmpty()).isTrue();
		assertThat(DataScope.everything().coversPath("/1/2/")).isTrue();
		assertThat(DataScope.everything().coversUnit(3L)).isTrue();
	}

	@Test
	void scopesCombine() {
		DataScope both = DataScope.subtree("/1/2/").and(DataScope.unit(4));
		assertThat(both.coversPath("/1/2/3/")).isTrue();
		assertThat(both.coversUnit(4L)).isTrue();
		assertThat(both.and(DataScope.everything()).isUnrestricted()).isTrue();
	}

	@Test
	void malformedPathsAreRejected() {
		assertThatThrownBy(() -> DataScope.subtree("/1/2")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> DataScope.subtree("/1/%/")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	@DisplayName("ORG-5/PER-2: a linked cadre's scope holds their own record and nothing of the tree, units or other people")
	void ownPersonScope() {
		DataScope cadre = DataScope.ownPerson(42);
		assertThat(cadre.coversOwnPerson(42L)).isTrue();
		assertThat(cadre.coversOwnPerson(43L)).isFalse();
		assertThat(cadre.coversPath("/1/")).isFalse();
		assertThat(cadre.coversUnit(42L)).isFalse();
		assertThat(cadre.isEmpty()).isFalse();
		assertThat(DataScope.unit(7).coversOwnPerson(7L)).as("a unit's scope holds no own record").isFalse();
	}

}
