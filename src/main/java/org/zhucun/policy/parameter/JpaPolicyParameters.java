package org.zhucun.policy.parameter;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.PlaceSummary;
import org.zhucun.policy.PolicyKey;
import org.zhucun.policy.PolicyParameters;
import org.zhucun.policy.PolicyValue;

/**
 * The policy numbers in force (POL-1): the nearest department's setting for the year, else the
 * installation's setting in application.yml, else the seed's value.
 */
@Component
@Transactional(readOnly = true)
class JpaPolicyParameters implements PolicyParameters {

	private final PolicySettingRepository settings;

	private final OrganisationDirectory organisation;

	private final Environment environment;

	JpaPolicyParameters(PolicySettingRepository settings, OrganisationDirectory organisation, Environment environment) {
		this.settings = settings;
		this.organisation = organisation;
		this.environment = environment;
	}

	@Override
	public PolicyValue valueFor(PolicyKey key, long nodeId, int year) {
		List<PlaceSummary> path = organisation.placesOnPath(nodeId);
		List<Long> ids = path.stream().map(PlaceSummary::id).toList();
		Map<Long, PlaceSummary> places = path.stream().collect(Collectors.toMap(PlaceSummary::id, Function.identity()));
		return PolicyResolution.inForce(ids, settings.findByKeyAndNodeIdInAndFromYearLessThanEqual(key, ids, year), year)
			.map(s -> new PolicyValue(key, s.getValue(), places.get(s.getNodeId()).name(), s.getFromYear(), s.getReason()))
			.orElseGet(() -> installationDefault(key));
	}

	PolicyValue installationDefault(PolicyKey key) {
		return new PolicyValue(key, environment.getProperty(key.property(), Integer.class, key.seedValue()), null, null,
				null);
	}

}
