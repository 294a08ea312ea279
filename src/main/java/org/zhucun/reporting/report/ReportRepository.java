package org.zhucun.reporting.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.zhucun.reporting.rules.ReportKind;

interface ReportRepository extends JpaRepository<Report, Long>, JpaSpecificationExecutor<Report> {

	boolean existsByPersonIdAndKindAndPeriodYearAndPeriodNo(Long personId, ReportKind kind, int periodYear, int periodNo);

	Optional<Report> findFirstByPersonIdAndKindAndPeriodYearAndPeriodNo(Long personId, ReportKind kind, int periodYear,
			int periodNo);

	List<Report> findByPersonIdInAndPeriodYearIn(Collection<Long> personIds, Collection<Integer> years);

	List<Report> findByKindAndVillageNodeIdInAndPeriodYear(ReportKind kind, Collection<Long> villageIds, int year);

}
