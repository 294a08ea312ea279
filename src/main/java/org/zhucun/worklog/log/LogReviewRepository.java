package org.zhucun.worklog.log;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LogReviewRepository extends JpaRepository<LogReview, Long> {

	List<LogReview> findByPersonIdOrderByReviewYearDescReviewQuarterDesc(long personId);

	boolean existsByPersonIdAndReviewYearAndReviewQuarter(long personId, int year, int quarter);

}
