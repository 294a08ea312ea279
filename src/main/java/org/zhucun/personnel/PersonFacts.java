package org.zhucun.personnel;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The facts about a person that the assessment and its printed forms (Annex 4/5: 姓名, 性别, 出生年月,
 * 政治面貌, 工作单位及职务) need, and whether they are a civil servant (ASM-3: the grade's wording).
 * Nothing of the ID number or phone. Unscoped like the other directories: callers ask about people
 * they have already checked against the user's data scope.
 */
public interface PersonFacts {

	Optional<Facts> of(long personId);

	Map<Long, Facts> of(Collection<Long> personIds);

	record Facts(long personId, String name, Gender gender, LocalDate birthDate, PoliticalStatus politicalStatus,
			String workUnitPost, long unitId, boolean civilServant) {
	}

}
