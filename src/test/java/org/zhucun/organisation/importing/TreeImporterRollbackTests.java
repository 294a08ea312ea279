package org.zhucun.organisation.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhucun.organisation.importing.ImportFixtures.row;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhucun.IntegrationTest;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.common.scope.SystemContext;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.organisation.tree.NodeCommand;
import org.zhucun.organisation.tree.OrgNode;
import org.zhucun.organisation.tree.OrgNodeRepository;
import org.zhucun.organisation.tree.OrgTreeService;

/**
 * SEC-9: when the tree service refuses a row the validator let through (as a concurrent change
 * would make it), the rows created before it are rolled back and that row is reported.
 */
@IntegrationTest
class TreeImporterRollbackTests {

	@Autowired
	OrgNodeRepository nodes;

	@Autowired
	DataScopeProvider scopes;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	EntityManager entityManager;

	/** The real tree service, except that it refuses the third node it is asked to create. */
	class RefusingThirdNode extends OrgTreeService {

		int calls;

		RefusingThirdNode() {
			super(nodes, scopes);
		}

		@Override
		public OrgNode create(NodeCommand command) {
			if (++calls == 3) {
				throw new InvalidInputException("code", "node.error.duplicateCode", command.code());
			}
			return super.create(command);
		}

	}

	@Test
	@DisplayName("SEC-9: a row refused by the tree service rolls back every node of the file and is reported")
	void refusedRowRollsBackEverything() {
		TreeImporter importer = new TreeImporter(new RefusingThirdNode(), nodes, scopes, entityManager,
				ImportFixtures.vocabulary());
		List<ImportRow> rows = List.of(row(2, "699500", "回滚自治区", "自治区"), row(3, "699510", "回滚市", "地级市", "699500"),
				row(4, "699511", "回滚县", "县（区）", "699510"));

		assertThatThrownBy(() -> SystemContext.run("test",
				() -> transaction.executeWithoutResult(status -> importer.importRows(rows))))
			.isInstanceOfSatisfying(ImportRefusedException.class, ex -> assertThat(ex.problems())
				.singleElement()
				.satisfies(p -> {
					assertThat(p.row()).isEqualTo(4);
					assertThat(p.column()).isEqualTo(ImportColumn.CODE);
					assertThat(p.messageKey()).isEqualTo("node.error.duplicateCode");
				}));
		assertThat(nodes.existsByCode("699500")).isFalse();
		assertThat(nodes.existsByCode("699510")).isFalse();
	}

}
