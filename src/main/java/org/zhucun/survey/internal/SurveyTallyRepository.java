package org.zhucun.survey.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyTallyRepository extends JpaRepository<SurveyTally, Long> {

	List<SurveyTally> findBySurveyIdIn(Collection<Long> surveyIds);

	Optional<SurveyTally> findBySurveyIdAndGroup(long surveyId, RaterGroup group);

}
