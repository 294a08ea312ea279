package org.zhucun.organisation.unit;

import org.springframework.data.jpa.domain.Specification;
import org.zhucun.common.query.LikePattern;
import org.zhucun.common.scope.DataScope;
import org.zhucun.organisation.UnitType;

/** Typed query conditions on dispatching units. */
final class UnitSpecifications {

	private UnitSpecifications() {
	}

	/**
	 * The units inside the user's data scope (ORG-5): units owned by a node of the user's subtree,
	 * and the user's own unit.
	 */
	static Specification<DispatchingUnit> visibleTo(DataScope scope) {
		return (root, query, cb) -> cb.or(scope.pathWithin(cb, root.get("owner").get("path")),
				scope.unitWithin(cb, root.get("id")));
	}

	static Specification<DispatchingUnit> idIs(long id) {
		return (root, query, cb) -> cb.equal(root.get("id"), id);
	}

	static Specification<DispatchingUnit> codeIs(String code) {
		return (root, query, cb) -> cb.equal(root.get("code"), code);
	}

	static Specification<DispatchingUnit> typeIs(UnitType type) {
		return (root, query, cb) -> cb.equal(root.get("type"), type);
	}

	static Specification<DispatchingUnit> nameOrCodeContains(String text) {
		String pattern = LikePattern.containingIgnoringCase(text);
		return (root, query, cb) -> cb.or(cb.like(cb.lower(root.get("name")), pattern, LikePattern.ESCAPE),
				cb.like(cb.lower(root.get("code")), pattern, LikePattern.ESCAPE));
	}

}
