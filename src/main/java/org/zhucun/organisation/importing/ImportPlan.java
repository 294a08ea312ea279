package org.zhucun.organisation.importing;

import java.util.List;

import org.zhucun.organisation.NodeLevel;
import org.zhucun.organisation.tree.NodeCommand;

/**
 * The validator's verdict on a file: the nodes to create, parents before children, or the problems
 * that forbid creating any of them.
 */
record ImportPlan(List<PlannedNode> nodes, List<ImportProblem> problems) {

	ImportPlan {
		nodes = List.copyOf(nodes);
		problems = List.copyOf(problems);
	}

	boolean accepted() {
		return problems.isEmpty();
	}

	/** One node to create, with the row it comes from. */
	record PlannedNode(int row, NodeLevel level, NodeCommand command) {
	}

}
