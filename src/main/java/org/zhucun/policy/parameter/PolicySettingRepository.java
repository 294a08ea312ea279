package org.zhucun.policy.parameter;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.zhucun.policy.PolicyKey;

interface PolicySettingRepository extends JpaRepository<PolicySetting, Long> {

	List<PolicySetting> findByKeyAndNodeIdInAndFromYearLessThanEqual(PolicyKey key, Collection<Long> nodeIds, int year);

	List<PolicySetting> findByNodeIdOrderByKeyAscFromYearDesc(long nodeId);

	Optional<PolicySetting> findByNodeIdAndKeyAndFromYear(long nodeId, PolicyKey key, int fromYear);

}
