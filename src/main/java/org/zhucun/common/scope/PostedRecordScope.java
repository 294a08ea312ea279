package org.zhucun.common.scope;

import java.util.Set;

import org.springframework.data.jpa.domain.Specification;

/**
 * ORG-5 for records that keep where a person was posted (leave requests, reports): a record is seen
 * by an unrestricted user, by the offices whose scope holds its village or its dispatching unit, and
 * by the person themselves. The record's entity names these {@code villageNodeId}, {@code unitId} and
 * {@code personId}.
 */
public record PostedRecordScope(boolean unrestricted, Set<Long> villageIds, Set<Long> unitIds, Set<Long> personIds) {

	/** Whether a record of this person, village and unit is inside the scope. */
	public boolean covers(Long personId, Long villageNodeId, Long unitId) {
		return unrestricted || (personId != null && personIds.contains(personId)) || villageIds.contains(villageNodeId)
				|| unitIds.contains(unitId);
	}

	/** The same as a criteria predicate over the record's villageNodeId, unitId and personId. */
	public <T> Specification<T> specification() {
		if (unrestricted) {
			return (root, query, cb) -> cb.conjunction();
		}
		return (root, query, cb) -> cb.or(villageIds.isEmpty() ? cb.disjunction() : root.get("villageNodeId").in(villageIds),
				unitIds.isEmpty() ? cb.disjunction() : root.get("unitId").in(unitIds),
				personIds.isEmpty() ? cb.disjunction() : root.get("personId").in(personIds));
	}

}
