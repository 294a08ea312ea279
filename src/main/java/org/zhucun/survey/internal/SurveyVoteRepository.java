package org.zhucun.survey.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SurveyVoteRepository extends JpaRepository<SurveyVote, Long> {

	/** The online votes of these surveys counted per survey, rater group and answer. */
	@Query("""
			select new org.zhucun.survey.internal.VoteCount(v.surveyId, v.group, v.answer, count(v))
			 from SurveyVote v where v.surveyId in :surveys group by v.surveyId, v.group, v.answer""")
	List<VoteCount> countsOf(@Param("surveys") Collection<Long> surveyIds);

}
