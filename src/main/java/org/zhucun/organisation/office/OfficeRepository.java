package org.zhucun.organisation.office;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface OfficeRepository extends JpaRepository<Office, Long>, JpaSpecificationExecutor<Office> {

	Optional<Office> findByCode(String code);

	java.util.List<Office> findByNode_IdAndKindAndActiveTrueOrderByCode(Long nodeId, org.zhucun.organisation.OfficeKind kind);

	java.util.List<Office> findByUnit_IdAndActiveTrueOrderByCode(Long unitId);

}
