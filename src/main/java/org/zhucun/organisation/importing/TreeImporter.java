package org.zhucun.organisation.importing;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.organisation.importing.ImportPlan.PlannedNode;
import org.zhucun.organisation.tree.OrgNodeRepository;
import org.zhucun.organisation.tree.OrgTreeService;

/**
 * Validates the rows of a file and creates all their nodes in one transaction, or none (SEC-9).
 * Nodes are created through {@link OrgTreeService#create}, so the data scope (ORG-5) and the tree's
 * rules are enforced a second time; should that still refuse a row, everything is rolled back and
 * that row is reported. Existing nodes are never changed.
 */
@Service
class TreeImporter {

	/** Nodes written between two clearings of the persistence context. */
	private static final int BATCH = 100;

	private final OrgTreeService tree;

	private final OrgNodeRepository nodes;

	private final DataScopeProvider scopes;

	private final EntityManager entityManager;

	private final ImportValidator validator;

	TreeImporter(OrgTreeService tree, OrgNodeRepository nodes, DataScopeProvider scopes, EntityManager entityManager,
			ImportVocabulary vocabulary) {
		this.tree = tree;
		this.nodes = nodes;
		this.scopes = scopes;
		this.entityManager = entityManager;
		this.validator = new ImportValidator(vocabulary);
	}

	/**
	 * Creates the rows' nodes, or returns the problems and creates nothing.
	 * @throws ImportRefusedException if the tree service refuses a row; the transaction is rolled back
	 */
	@Transactional
	public ImportOutcome importRows(List<ImportRow> rows) {
		ImportPlan plan = validator.validate(rows, StoredTree.load(nodes, scopes.currentScope(), rows));
		if (!plan.accepted()) {
			return ImportOutcome.rejected(plan.problems());
		}
		int created = 0;
		for (PlannedNode node : plan.nodes()) {
			try {
				tree.create(node.command());
			}
			catch (InvalidInputException ex) {
				throw new ImportRefusedException(ex.fieldProblems().stream()
					.map(p -> new ImportProblem(node.row(), ImportColumn.forField(p.field()).orElse(null),
							p.messageKey(), Arrays.asList(p.args())))
					.toList());
			}
			if (++created % BATCH == 0) {
				writeAndForget();
			}
		}
		// write now, so that a clash with a concurrent import surfaces here and rolls everything back
		writeAndForget();
		return ImportOutcome.imported(plan.nodes().size());
	}

	/**
	 * Writes the created nodes and lets go of them: every query of the tree service flushes first,
	 * and a flush checks every node still held, which would make a large file take quadratic time.
	 */
	private void writeAndForget() {
		entityManager.flush();
		entityManager.clear();
	}

}
