package org.zhucun.organisation.tree;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Storage of tree nodes. Reads on behalf of a user go through {@link NodeSpecifications#visibleTo}
 * (ORG-5); the unscoped finders serve uniqueness checks and the organisation directory.
 */
public interface OrgNodeRepository extends JpaRepository<OrgNode, Long>, JpaSpecificationExecutor<OrgNode> {

	/** The next node id, taken before the node is built because its path contains it. */
	@Query(value = "select nextval('org_node_seq')", nativeQuery = true)
	long nextId();

	Optional<OrgNode> findByCode(String code);

	boolean existsByCode(String code);

	boolean existsByParentIdAndName(Long parentId, String name);

	boolean existsByParentIdAndNameAndIdNot(Long parentId, String name, Long id);

	/** Rewrites the paths of a moved subtree: every path starting with {@code oldPrefix} gets {@code newPrefix}. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update OrgNode n set n.path = concat(:newPrefix, substring(n.path, :oldLength + 1)) where n.path like concat(:oldPrefix, '%')")
	int rewritePaths(@Param("oldPrefix") String oldPrefix, @Param("oldLength") int oldLength,
			@Param("newPrefix") String newPrefix);

}
