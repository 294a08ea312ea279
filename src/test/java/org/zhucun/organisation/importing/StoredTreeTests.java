package org.zhucun.organisation.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhucun.organisation.importing.ImportFixtures.row;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhucun.IntegrationTest;
import org.zhucun.common.scope.DataScope;
import org.zhucun.organisation.NodeLevel;
import org.zhucun.organisation.importing.ExistingTree.ExistingNode;
import org.zhucun.organisation.tree.OrgNode;
import org.zhucun.organisation.tree.OrgNodeRepository;

/** ORG-5: what an import sees of the stored demo tree depends on the importing user's data scope. */
@IntegrationTest
class StoredTreeTests {

	@Autowired
	OrgNodeRepository nodes;

	private final List<ImportRow> rows = List.of(row(2, "641101001", "月牙湖乡", "乡镇", "641101"),
			row(3, "641102001", "叶盛镇", "乡镇", "641102"));

	@Test
	@DisplayName("ORG-5: a user bound to 沙湖县 sees its nodes, not 黄河县's, yet every stored code counts as taken")
	void scopedToOneCounty() {
		OrgNode shahu = nodes.findByCode("641101").orElseThrow();
		StoredTree tree = StoredTree.load(nodes, DataScope.subtree(shahu.getPath()), rows);

		assertThat(tree.visibleNode("641101")).contains(new ExistingNode(shahu.getId(), NodeLevel.COUNTY, true));
		assertThat(tree.visibleNode("641102")).isEmpty();
		assertThat(tree.codeTaken("641102001")).isTrue();
		assertThat(tree.nameTakenUnder(shahu.getId(), "月牙湖乡")).isTrue();
		assertThat(tree.nameTakenUnder(shahu.getId(), "叶盛镇")).isFalse();
		assertThat(tree.mayCreateRoots()).isFalse();
	}

	@Test
	@DisplayName("ORG-5: an unrestricted user sees every node and may create regions")
	void unrestricted() {
		StoredTree tree = StoredTree.load(nodes, DataScope.everything(), rows);

		assertThat(tree.visibleNode("641102")).map(ExistingNode::level).contains(NodeLevel.COUNTY);
		assertThat(tree.visibleNode("699999")).isEmpty();
		assertThat(tree.codeTaken("699999")).isFalse();
		assertThat(tree.mayCreateRoots()).isTrue();
	}

}
