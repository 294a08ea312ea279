package org.zhucun.organisation.importing;

import java.util.Optional;

import org.zhucun.organisation.NodeLevel;

/**
 * What the import validator needs to know of the tree already stored, seen as the importing user
 * sees it (ORG-5). Keeping it behind this interface keeps the validator plain code.
 */
interface ExistingTree {

	/** The stored node with this code, if it lies inside the user's data scope. */
	Optional<ExistingNode> visibleNode(String code);

	/** Whether any stored node has this code, inside the scope or not: codes are unique system-wide. */
	boolean codeTaken(String code);

	/** Whether the stored node with this id already has a child of this name. */
	boolean nameTakenUnder(long parentId, String name);

	/** Whether the user may create a region (a root); only a user without scope limits may. */
	boolean mayCreateRoots();

	/** A stored node as far as the import cares. */
	record ExistingNode(long id, NodeLevel level, boolean active) {
	}

}
