package org.zhucun.organisation.tree;

import java.util.Collection;

import org.springframework.data.jpa.domain.Specification;
import org.zhucun.common.query.LikePattern;
import org.zhucun.common.scope.DataScope;

/** Typed query conditions on tree nodes. */
final class NodeSpecifications {

	private NodeSpecifications() {
	}

	/** The nodes inside the user's data scope (ORG-5). */
	static Specification<OrgNode> visibleTo(DataScope scope) {
		return (root, query, cb) -> scope.pathWithin(cb, root.get("path"));
	}

	static Specification<OrgNode> idIs(long id) {
		return (root, query, cb) -> cb.equal(root.get("id"), id);
	}

	static Specification<OrgNode> codeIs(String code) {
		return (root, query, cb) -> cb.equal(root.get("code"), code);
	}

	static Specification<OrgNode> childOf(long parentId) {
		return (root, query, cb) -> cb.equal(root.get("parentId"), parentId);
	}

	static Specification<OrgNode> isRoot() {
		return (root, query, cb) -> cb.isNull(root.get("parentId"));
	}

	static Specification<OrgNode> pathIn(Collection<String> paths) {
		return (root, query, cb) -> paths.isEmpty() ? cb.disjunction() : root.get("path").in(paths);
	}

	static Specification<OrgNode> active() {
		return (root, query, cb) -> cb.isTrue(root.get("active"));
	}

	/** Name or code contains the text, case-insensitively; LIKE wildcards in the text are taken literally. */
	static Specification<OrgNode> nameOrCodeContains(String text) {
		String pattern = LikePattern.containingIgnoringCase(text);
		return (root, query, cb) -> cb.or(cb.like(cb.lower(root.get("name")), pattern, LikePattern.ESCAPE),
				cb.like(cb.lower(root.get("code")), pattern, LikePattern.ESCAPE));
	}

}
