package org.zhucun.assessment.chain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.zhucun.assessment.Grade;
import org.zhucun.assessment.rules.AssessmentKind;

interface AssessmentRepository extends JpaRepository<Assessment, Long>, JpaSpecificationExecutor<Assessment> {

	/** The assessment locked for a step (SEC-8: concurrent signers of one step wait and then see it signed). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Assessment a where a.id = ?1")
	Optional<Assessment> lockById(long id);

	Optional<Assessment> findByPersonIdAndKindAndYearAndQuarter(long personId, AssessmentKind kind, int year, int quarter);

	List<Assessment> findByVillageNodeIdInAndYearAndQuarter(Collection<Long> villageNodeIds, int year, int quarter);

	/** The completed quarterly grades of these people's year, without loading the chains (their steps and events). */
	@Query("select new org.zhucun.assessment.chain.QuarterGrade(a.personId, a.quarter, a.grade) from Assessment a "
			+ "where a.kind = org.zhucun.assessment.rules.AssessmentKind.QUARTERLY and a.complete = true "
			+ "and a.year = ?2 and a.personId in ?1 order by a.personId, a.quarter")
	List<QuarterGrade> completedQuarterGrades(Collection<Long> personIds, int year);

	List<Assessment> findByKindAndYearAndQuarterAndPersonIdIn(AssessmentKind kind, int year, int quarter,
			Collection<Long> personIds);

	@Query("select count(a) from Assessment a where a.kind = org.zhucun.assessment.rules.AssessmentKind.ANNUAL "
			+ "and a.year = ?1 and a.quotaNodeId = ?2 and a.id <> ?3")
	long countQuotaHolders(int year, long levelNodeId, long exceptId);

	@Query("select count(a) from Assessment a where a.kind = org.zhucun.assessment.rules.AssessmentKind.ANNUAL "
			+ "and a.year = ?1 and a.quotaNodeId = ?2")
	long countQuotaHolders(int year, long levelNodeId);

	List<Assessment> findByCompleteFalse();

	List<Assessment> findByKindAndYearAndCompleteTrueAndGrade(AssessmentKind kind, int year, Grade grade);

}
