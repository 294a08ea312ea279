package org.zhucun.organisation.unit;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface DispatchingUnitRepository extends JpaRepository<DispatchingUnit, Long>, JpaSpecificationExecutor<DispatchingUnit> {

	Optional<DispatchingUnit> findByCode(String code);

	boolean existsByOwnerIdAndName(Long ownerId, String name);

}
