package org.zhucun.survey.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyRepository extends JpaRepository<Survey, Long> {

	List<Survey> findByYearAndVillageNodeIdInOrderByVillageNameAscSubjectAscPersonNameAsc(int year,
			Collection<Long> villageIds);

	List<Survey> findByYearAndStateAndVillageNodeIdIn(int year, SurveyState state, Collection<Long> villageIds);

	Optional<Survey> findByPersonIdAndYear(long personId, int year);

	Optional<Survey> findByVillageNodeIdAndYearAndPersonIdIsNull(long villageNodeId, int year);

}
