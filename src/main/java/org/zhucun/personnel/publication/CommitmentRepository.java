package org.zhucun.personnel.publication;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommitmentRepository extends JpaRepository<Commitment, Long> {

	List<Commitment> findByPersonIdOrderByIdDesc(Long personId);

	Optional<Commitment> findByAssignmentIdAndStatus(Long assignmentId, CommitmentStatus status);

	Optional<Commitment> findByAssignmentIdAndStatusIn(Long assignmentId, Collection<CommitmentStatus> statuses);

	List<Commitment> findByAssignmentIdInAndStatus(Collection<Long> assignmentIds, CommitmentStatus status);

	List<Commitment> findByVillageNodeIdInAndStatusOrderBySubmittedAt(Collection<Long> villages, CommitmentStatus status);

}
