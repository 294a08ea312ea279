package org.zhucun.common.scope;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

import org.zhucun.common.query.LikePattern;

/**
 * What part of the organisation a user may see and change (ORG-5).
 * <p>
 * A scope is a set of subtrees of the administrative tree, named by the materialized path of their
 * root node (for example {@code /1/4/9/}), plus a set of dispatching units, plus (for a dispatched
 * cadre whose account is linked to their record) their own person record: a cadre sees their own
 * data and nothing of others. A node lies inside the
 * scope when its path starts with one of the scope's paths. Queries are narrowed with typed JPA
 * criteria built here ({@link #pathWithin}, {@link #unitWithin}); no SQL text is ever assembled
 * from strings.
 */
public final class DataScope implements Serializable {

	private static final long serialVersionUID = 1L;

	private static final DataScope NOTHING = new DataScope(false, Set.of(), Set.of(), Set.of());

	private static final DataScope EVERYTHING = new DataScope(true, Set.of(), Set.of(), Set.of());

	private final boolean unrestricted;

	private final Set<String> nodePaths;

	private final Set<Long> unitIds;

	private final Set<Long> personIds;

	private DataScope(boolean unrestricted, Set<String> nodePaths, Set<Long> unitIds, Set<Long> personIds) {
		this.unrestricted = unrestricted;
		this.nodePaths = Set.copyOf(nodePaths);
		this.unitIds = Set.copyOf(unitIds);
		this.personIds = Set.copyOf(personIds);
	}

	public static DataScope nothing() {
		return NOTHING;
	}

	public static DataScope everything() {
		return EVERYTHING;
	}

	public static DataScope subtree(String nodePath) {
		return new DataScope(false, Set.of(requireValidPath(nodePath)), Set.of(), Set.of());
	}

	public static DataScope unit(long unitId) {
		return new DataScope(false, Set.of(), Set.of(unitId), Set.of());
	}

	/** The scope of a dispatched cadre: their own person record and what hangs on it. */
	public static DataScope ownPerson(long personId) {
		return new DataScope(false, Set.of(), Set.of(), Set.of(personId));
	}

	public DataScope and(DataScope other) {
		if (this.unrestricted || other.unrestricted) {
			return EVERYTHING;
		}
		var paths = new java.util.HashSet<>(nodePaths);
		paths.addAll(other.nodePaths);
		var units = new java.util.HashSet<>(unitIds);
		units.addAll(other.unitIds);
		var persons = new java.util.HashSet<>(personIds);
		persons.addAll(other.personIds);
		return new DataScope(false, paths, units, persons);
	}

	public boolean isUnrestricted() {
		return unrestricted;
	}

	public boolean isEmpty() {
		return !unrestricted && nodePaths.isEmpty() && unitIds.isEmpty() && personIds.isEmpty();
	}

	public Set<String> nodePaths() {
		return nodePaths;
	}

	public Set<Long> unitIds() {
		return unitIds;
	}

	/** The person records seen as one's own (a linked cadre's record); empty for offices. */
	public Set<Long> personIds() {
		return personIds;
	}

	/** Whether the scope reaches nothing but the user's own record (a linked cadre's scope). */
	public boolean isOwnRecordOnly() {
		return !unrestricted && nodePaths.isEmpty() && unitIds.isEmpty();
	}

	/** Whether this person record is the user's own (only through the link, not through the tree). */
	public boolean coversOwnPerson(Long personId) {
		return personId != null && personIds.contains(personId);
	}

	/** Whether the node with this materialized path lies inside the scope. */
	public boolean coversPath(String path) {
		if (unrestricted) {
			return true;
		}
		if (path == null) {
			return false;
		}
		return nodePaths.stream().anyMatch(path::startsWith);
	}

	/** Whether the dispatching unit with this id lies inside the scope (directly, not through the tree). */
	public boolean coversUnit(Long unitId) {
		return unrestricted || (unitId != null && unitIds.contains(unitId));
	}

	/** Criteria predicate: the path expression lies inside one of the scope's subtrees. */
	public Predicate pathWithin(CriteriaBuilder cb, Expression<String> path) {
		if (unrestricted) {
			return cb.conjunction();
		}
		List<Predicate> any = new ArrayList<>();
		for (String p : nodePaths) {
			any.add(cb.like(path, LikePattern.startingWith(p), LikePattern.ESCAPE));
		}
		return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
	}

	/** Criteria predicate: the unit id expression is one of the scope's units. */
	public Predicate unitWithin(CriteriaBuilder cb, Expression<Long> unitId) {
		if (unrestricted) {
			return cb.conjunction();
		}
		return unitIds.isEmpty() ? cb.disjunction() : unitId.in(unitIds);
	}

	private static String requireValidPath(String path) {
		if (path == null || !path.matches("(/\\d+)+/")) {
			throw new IllegalArgumentException("Not a node path: " + path);
		}
		return path;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof DataScope other && unrestricted == other.unrestricted
				&& nodePaths.equals(other.nodePaths) && unitIds.equals(other.unitIds) && personIds.equals(other.personIds);
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(unrestricted, nodePaths, unitIds, personIds);
	}

	@Override
	public String toString() {
		return unrestricted ? "DataScope[everything]" : "DataScope[paths=" + nodePaths + ", units=" + unitIds + ", persons=" + personIds + "]";
	}

}
