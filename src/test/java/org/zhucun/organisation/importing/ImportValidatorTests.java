package org.zhucun.organisation.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.zhucun.organisation.importing.ImportColumn.CODE;
import static org.zhucun.organisation.importing.ImportColumn.GEOFENCE_RADIUS;
import static org.zhucun.organisation.importing.ImportColumn.LATITUDE;
import static org.zhucun.organisation.importing.ImportColumn.LEVEL;
import static org.zhucun.organisation.importing.ImportColumn.LONGITUDE;
import static org.zhucun.organisation.importing.ImportColumn.NAME;
import static org.zhucun.organisation.importing.ImportColumn.PARENT_CODE;
import static org.zhucun.organisation.importing.ImportColumn.POOR_VILLAGE;
import static org.zhucun.organisation.importing.ImportColumn.RESIDENT_POPULATION;
import static org.zhucun.organisation.importing.ImportColumn.WEAK_PARTY_ORGANISATION;
import static org.zhucun.organisation.importing.ImportFixtures.row;
import static org.zhucun.organisation.importing.ImportFixtures.rows;

import java.math.BigDecimal;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhucun.organisation.NodeLevel;
import org.zhucun.organisation.importing.ImportFixtures.FakeTree;
import org.zhucun.organisation.importing.ImportPlan.PlannedNode;
import org.zhucun.organisation.tree.NodeCommand;

/** The import validator as plain code: rows in, every problem (or the plan) out. */
class ImportValidatorTests {

	private final ImportValidator validator = new ImportValidator(ImportFixtures.vocabulary());

	/** A county 690100 (id 1) inside the scope, with a township named 老乡 under it. */
	private final FakeTree tree = new FakeTree().node("690100", 1, NodeLevel.COUNTY, "老乡");

	private ImportPlan validate(ImportRow... rows) {
		return validator.validate(rows(rows), tree);
	}

	private static List<Tuple> problems(ImportPlan plan) {
		return plan.problems().stream().map(p -> tuple(p.row(), p.column(), p.messageKey())).toList();
	}

	@Test
	@DisplayName("ORG-1/ORG-2: a valid file becomes a plan with parents before children and the village fields read")
	void validFileIsPlannedParentsFirst() {
		ImportPlan plan = validate(
				row(2, "690101001001", "一村", "村", "690101001", "是", "否", "38.79", "106.52", "500", "1200"),
				row(3, "690101001", "新乡", "乡镇", "690100"),
				row(4, "690101001002", "二村", "村", "690101001", "", "是"));

		assertThat(plan.accepted()).isTrue();
		assertThat(plan.nodes()).extracting(PlannedNode::row).containsExactly(3, 2, 4);
		NodeCommand village = plan.nodes().get(1).command();
		assertThat(village.poorVillage()).isTrue();
		assertThat(village.weakPartyOrganisation()).isFalse();
		assertThat(village.latitude()).isEqualByComparingTo(new BigDecimal("38.79"));
		assertThat(village.longitude()).isEqualByComparingTo(new BigDecimal("106.52"));
		assertThat(village.geofenceRadiusMetres()).isEqualTo(500);
		assertThat(village.residentPopulation()).isEqualTo(1200);
		assertThat(village.parentCode()).isEqualTo("690101001");
	}

	@Test
	@DisplayName("SEC-9: every problem of every row is collected, not just the first")
	void collectsEveryProblem() {
		ImportPlan plan = validate(
				row(2, "", "", ""),
				row(3, "690101009", "好乡", "乡镇", "690100"),
				row(4, "69 01", "x".repeat(51), "乡镇", "690100"));

		assertThat(plan.accepted()).isFalse();
		assertThat(plan.nodes()).isEmpty();
		assertThat(problems(plan)).containsExactlyInAnyOrder(
				tuple(2, LEVEL, "import.error.required"),
				tuple(2, CODE, "import.error.required"),
				tuple(2, NAME, "import.error.required"),
				tuple(4, CODE, "import.error.codePattern"),
				tuple(4, NAME, "import.error.tooLong"));
	}

	@Test
	@DisplayName("ORG-1: a code longer than 20 characters is refused")
	void codeTooLong() {
		assertThat(problems(validate(row(2, "6".repeat(21), "乡", "乡镇", "690100"))))
			.containsExactly(tuple(2, CODE, "import.error.tooLong"));
	}

	@Test
	@DisplayName("ORG-1: an unknown level word is refused; the levels may be written as in the bundles (县(区) or 县（区）)")
	void levelWords() {
		assertThat(problems(validate(row(2, "690101001", "乡", "公社", "690100"))))
			.containsExactly(tuple(2, LEVEL, "import.error.unknownLevel"));
		assertThat(validate(row(2, "690101001", "乡", "乡镇", "690100")).accepted()).isTrue();
		FakeTree city = new FakeTree().node("6901", 7, NodeLevel.CITY);
		assertThat(validator.validate(rows(row(2, "690102", "县", "县(区)", "6901")), city).accepted()).isTrue();
		assertThat(validator.validate(rows(row(2, "690102", "县", "County", "6901")), city).accepted()).isTrue();
	}

	@Test
	@DisplayName("ORG-1: the level must be exactly one below the parent's, whether the parent is stored or in the file")
	void levelOneBelowParent() {
		ImportPlan plan = validate(
				row(2, "690101001001", "村", "村", "690100"),
				row(3, "690101002", "乡", "乡镇", "690100"),
				row(4, "690101002001", "县", "县（区）", "690101002"),
				row(5, "690101002002", "村下", "村", "690101002001x"));

		assertThat(problems(plan)).containsExactlyInAnyOrder(
				tuple(2, LEVEL, "import.error.levelBelowParent"),
				tuple(4, LEVEL, "import.error.levelBelowParent"),
				tuple(5, PARENT_CODE, "import.error.unknownParent"));
	}

	@Test
	@DisplayName("ORG-1: a village cannot be a parent")
	void villageHasNoChildren() {
		tree.node("690100001001", 9, NodeLevel.VILLAGE);
		assertThat(problems(validate(row(2, "69X", "组", "村", "690100001001"))))
			.containsExactly(tuple(2, PARENT_CODE, "import.error.parentIsVillage"));
	}

	@Test
	@DisplayName("ORG-5: a parent outside the user's scope is reported exactly like one that does not exist")
	void parentOutsideScopeIsUnknown() {
		tree.outsideScope("640000");
		ImportPlan plan = validate(row(2, "690201", "外市", "地级市", "640000"), row(3, "690202", "无市", "地级市", "699999"));

		assertThat(problems(plan)).containsExactly(tuple(2, PARENT_CODE, "import.error.unknownParent"),
				tuple(3, PARENT_CODE, "import.error.unknownParent"));
		assertThat(plan.problems().get(0).args()).containsExactly("640000");
	}

	@Test
	@DisplayName("ORG-5: a user bound to part of the tree cannot import a region; a region has no parent")
	void regions() {
		assertThat(problems(validator.validate(rows(row(2, "690000", "新区", "自治区")), new FakeTree().restricted())))
			.containsExactly(tuple(2, LEVEL, "import.error.regionOutsideScope"));
		assertThat(validate(row(2, "690000", "新区", "自治区")).accepted()).isTrue();
		assertThat(problems(validate(row(2, "690000", "新区", "自治区", "690100"))))
			.containsExactly(tuple(2, PARENT_CODE, "import.error.regionHasParent"));
		assertThat(problems(validate(row(2, "690101003", "无上级乡", "乡镇"))))
			.containsExactly(tuple(2, PARENT_CODE, "import.error.required"));
	}

	@Test
	@DisplayName("ORG-1: nothing can be imported under a deactivated parent")
	void inactiveParent() {
		tree.inactive("690200", 5, NodeLevel.COUNTY);
		assertThat(problems(validate(row(2, "690200001", "乡", "乡镇", "690200"))))
			.containsExactly(tuple(2, PARENT_CODE, "import.error.parentInactive"));
	}

	@Test
	@DisplayName("ORG-1: a code repeated in the file or already stored (in the scope or not) is refused")
	void duplicateCodes() {
		tree.outsideScope("641101001");
		ImportPlan plan = validate(
				row(2, "690101001", "甲乡", "乡镇", "690100"),
				row(3, "690101001", "乙乡", "乡镇", "690100"),
				row(4, "690100", "丙乡", "乡镇", "690100"),
				row(5, "641101001", "丁乡", "乡镇", "690100"));

		assertThat(problems(plan)).containsExactlyInAnyOrder(
				tuple(3, CODE, "import.error.duplicateCodeInFile"),
				tuple(4, CODE, "import.error.codeExists"),
				tuple(5, CODE, "import.error.codeExists"));
		assertThat(plan.problems().stream().filter(p -> p.row() == 3).findFirst().orElseThrow().args())
			.containsExactly("690101001", 2);
	}

	@Test
	@DisplayName("ORG-1: two nodes of one name under one parent are refused, in the file and against the stored tree")
	void duplicateSiblingNames() {
		ImportPlan plan = validate(
				row(2, "690101001", "新乡", "乡镇", "690100"),
				row(3, "690101002", "新乡", "乡镇", "690100"),
				row(4, "690101003", "老乡", "乡镇", "690100"),
				row(5, "690101001001", "新乡", "村", "690101001"));

		assertThat(problems(plan)).containsExactlyInAnyOrder(
				tuple(3, NAME, "import.error.duplicateNameInFile"),
				tuple(4, NAME, "import.error.nameExists"));
	}

	@Test
	@DisplayName("ORG-1: rows that are each other's parents are reported as a cycle, also a row that is its own parent")
	void cycles() {
		ImportPlan plan = validate(
				row(2, "690101001", "甲", "乡镇", "690101002"),
				row(3, "690101002", "乙", "乡镇", "690101001"),
				row(4, "690101003", "丙", "乡镇", "690101003"),
				row(5, "690101004", "丁", "乡镇", "690100"));

		assertThat(problems(plan)).containsExactlyInAnyOrder(
				tuple(2, PARENT_CODE, "import.error.cycle"),
				tuple(3, PARENT_CODE, "import.error.cycle"),
				tuple(4, PARENT_CODE, "import.error.cycle"));
		assertThat(plan.problems().get(0).args()).containsExactly(List.of(2, 3));
	}

	@Test
	@DisplayName("ORG-2: village fields on a township are refused, except a harmless 否")
	void villageFieldsOnVillagesOnly() {
		ImportPlan plan = validate(row(2, "690101001", "乡", "乡镇", "690100", "是", "否", "38", "106", "", "100"));

		assertThat(problems(plan)).containsExactlyInAnyOrder(
				tuple(2, POOR_VILLAGE, "import.error.villageOnly"),
				tuple(2, LATITUDE, "import.error.villageOnly"),
				tuple(2, LONGITUDE, "import.error.villageOnly"),
				tuple(2, RESIDENT_POPULATION, "import.error.villageOnly"));
	}

	@Test
	@DisplayName("ORG-2: location, radius, population and 是/否 are checked for form and range")
	void villageValues() {
		tree.node("690100001", 3, NodeLevel.TOWNSHIP);
		ImportPlan plan = validate(
				row(2, "690100001001", "一村", "村", "690100001", "对", "Yes", "91", "abc", "5", "-1"),
				row(3, "690100001002", "二村", "村", "690100001", "", "", "38.5", "", "100.5", "12.0"),
				row(4, "690100001003", "三村", "村", "690100001", "否", "", "-90", "180", "20000", "1000000"));

		assertThat(problems(plan)).containsExactlyInAnyOrder(
				tuple(2, POOR_VILLAGE, "import.error.yesNo"),
				tuple(2, LATITUDE, "import.error.outOfRange"),
				tuple(2, LONGITUDE, "import.error.notNumber"),
				tuple(2, GEOFENCE_RADIUS, "import.error.outOfRange"),
				tuple(2, RESIDENT_POPULATION, "import.error.outOfRange"),
				tuple(3, LONGITUDE, "import.error.latitudeWithLongitude"),
				tuple(3, GEOFENCE_RADIUS, "import.error.notWholeNumber"));
		assertThat(plan.problems()).noneMatch(p -> p.row() == 4);
		assertThat(plan.problems()).noneMatch(p -> p.column() == WEAK_PARTY_ORGANISATION);
	}

}
