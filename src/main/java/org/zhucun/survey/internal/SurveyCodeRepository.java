package org.zhucun.survey.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SurveyCodeRepository extends JpaRepository<SurveyCode, Long> {

	Optional<SurveyCode> findByCodeDigest(String codeDigest);

	List<SurveyCode> findBySurveyIdOrderById(long surveyId);

	boolean existsByCodeDigest(String codeDigest);

	/**
	 * Marks the code used if nobody has: 1 for the one caller that did, 0 for everyone after (the
	 * row lock makes a concurrent second update wait for the first and then find it used).
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update SurveyCode c set c.usedAt = :at where c.id = :id and c.usedAt is null")
	int markUsed(@Param("id") long id, @Param("at") Instant at);

}
