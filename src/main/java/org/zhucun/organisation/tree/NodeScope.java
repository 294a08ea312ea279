package org.zhucun.organisation.tree;

import org.springframework.data.jpa.domain.Specification;
import org.zhucun.common.scope.DataScope;
import org.zhucun.organisation.NodeLevel;

/** The data-scope conditions on tree nodes, for the organisation directory (ORG-5). */
public final class NodeScope {

	private NodeScope() {
	}

	public static Specification<OrgNode> visibleTo(DataScope scope) {
		return NodeSpecifications.visibleTo(scope);
	}

	public static Specification<OrgNode> villagesVisibleTo(DataScope scope) {
		return NodeSpecifications.visibleTo(scope)
			.and((root, query, cb) -> cb.equal(root.get("level"), NodeLevel.VILLAGE));
	}

}
