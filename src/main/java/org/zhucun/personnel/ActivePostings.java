package org.zhucun.personnel;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What other modules may ask about people's current postings (PER-2): where an active posting
 * places a person (village, township, county) and which dispatching unit sent them. Read-only and
 * unscoped, like OrganisationDirectory: callers narrow by the user's data scope themselves (the
 * leave module uses this to route a request and to check who may enter or decide it).
 */
public interface ActivePostings {

	/** The active posting of this person, if they hold one. */
	Optional<ActivePosting> of(long personId);

	/** The active postings in these villages, by person name: for pick lists (a township's clerk). */
	List<ActivePosting> inVillages(Collection<Long> villageIds);

	/**
	 * A person's active posting: the village node, its township and county (ORG-1: the village's
	 * parent and grandparent), and the dispatching unit of the posting.
	 */
	record ActivePosting(long personId, String personName, long assignmentId, long villageNodeId, String villageName,
			long townshipNodeId, long countyNodeId, long unitId) {
	}

}
