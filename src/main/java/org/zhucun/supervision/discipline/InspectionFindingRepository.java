package org.zhucun.supervision.discipline;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface InspectionFindingRepository extends JpaRepository<InspectionFinding, Long> {

	List<InspectionFinding> findByInspectionIdOrderById(long inspectionId);

}
