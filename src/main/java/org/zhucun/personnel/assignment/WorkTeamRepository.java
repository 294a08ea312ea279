package org.zhucun.personnel.assignment;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkTeamRepository extends JpaRepository<WorkTeam, Long> {

	Optional<WorkTeam> findByVillageNodeId(Long villageNodeId);

}
