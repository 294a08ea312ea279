package org.zhucun.organisation.office;

import jakarta.persistence.criteria.JoinType;

import org.springframework.data.jpa.domain.Specification;
import org.zhucun.common.scope.DataScope;

/** Typed query conditions on offices. */
final class OfficeSpecifications {

	private OfficeSpecifications() {
	}

	/**
	 * The offices inside the user's data scope (ORG-5): those on a node of the user's subtree, and
	 * those of a dispatching unit the user may see.
	 */
	static Specification<Office> visibleTo(DataScope scope) {
		return (root, query, cb) -> {
			var node = root.join("node", JoinType.LEFT);
			var unit = root.join("unit", JoinType.LEFT);
			var unitOwner = unit.join("owner", JoinType.LEFT);
			return cb.or(cb.and(cb.isNotNull(node.get("id")), scope.pathWithin(cb, node.get("path"))),
					cb.and(cb.isNotNull(unit.get("id")),
							cb.or(scope.pathWithin(cb, unitOwner.get("path")), scope.unitWithin(cb, unit.get("id")))));
		};
	}

	static Specification<Office> idIs(long id) {
		return (root, query, cb) -> cb.equal(root.get("id"), id);
	}

}
