package org.zhucun.policy.parameter;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.common.scope.DataScope;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.common.security.CurrentActor;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.organisation.NodeLevel;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.PlaceSummary;
import org.zhucun.policy.PolicyKey;
import org.zhucun.policy.PolicyValue;

/**
 * The policy numbers of a region, city or county (POL-1): read what is in force in a year, and set a
 * number from a year on. Only for a place inside the department's scope (ORG-5), only from the
 * current year on — a year already over keeps its numbers — and always with a reason.
 */
@Service
@Transactional
public class PolicyService {

	private static final Set<NodeLevel> PLACES = Set.of(NodeLevel.REGION, NodeLevel.CITY, NodeLevel.COUNTY);

	private final PolicySettingRepository settings;

	private final JpaPolicyParameters parameters;

	private final OrganisationDirectory organisation;

	private final DataScopeProvider scopes;

	private final Clock clock;

	PolicyService(PolicySettingRepository settings, JpaPolicyParameters parameters, OrganisationDirectory organisation,
			DataScopeProvider scopes, Clock clock) {
		this.settings = settings;
		this.parameters = parameters;
		this.organisation = organisation;
		this.scopes = scopes;
		this.clock = clock;
	}

	/** The regions, cities and counties whose numbers the user may see, by code. */
	@Transactional(readOnly = true)
	public List<PlaceSummary> places() {
		DataScope scope = scopes.currentScope();
		return PLACES.stream()
			.sorted()
			.flatMap(level -> organisation.placesWithin(scope, level).stream())
			.toList();
	}

	/** Every number in force for the place in the year, with where it comes from. */
	@Transactional(readOnly = true)
	public List<PolicyValue> inForce(String placeCode, int year) {
		PlaceSummary place = place(placeCode);
		return Arrays.stream(PolicyKey.values()).map(key -> parameters.valueFor(key, place.id(), year)).toList();
	}

	/** The place's own settings, by number and newest year first. */
	@Transactional(readOnly = true)
	public List<PolicySetting> settingsOf(String placeCode) {
		return settings.findByNodeIdOrderByKeyAscFromYearDesc(place(placeCode).id());
	}

	public PolicySetting set(PolicyCommand command) {
		PlaceSummary place = place(command.place());
		if (command.key() == null || command.value() == null || command.fromYear() == null) {
			throw new InvalidInputException("value", "policy.error.incomplete");
		}
		int thisYear = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).getYear();
		if (command.fromYear() < thisYear) {
			throw new InvalidInputException("fromYear", "policy.error.pastYear", String.valueOf(thisYear));
		}
		if (!command.key().allows(command.value())) {
			throw new InvalidInputException("value", "policy.error.outOfRange", command.key().min(), command.key().max());
		}
		String reason = command.reason() == null ? "" : command.reason().strip();
		if (reason.isEmpty() || reason.length() > 200) {
			throw new InvalidInputException("reason", "policy.error.reason");
		}
		PolicySetting setting = settings.findByNodeIdAndKeyAndFromYear(place.id(), command.key(), command.fromYear())
			.orElseGet(() -> new PolicySetting(place.id(), command.key(), command.fromYear()));
		setting.set(command.value(), reason, CurrentActor.name(), clock.instant());
		try {
			return settings.saveAndFlush(setting);
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException("policy.error.concurrent");
		}
	}

	private PlaceSummary place(String code) {
		DataScope scope = scopes.currentScope();
		return organisation.place(code == null ? "" : code.strip())
			.filter(p -> PLACES.contains(p.level()))
			.filter(p -> scope.coversPath(p.path()))
			.orElseThrow(() -> new NotFoundException("policy.error.unknownPlace"));
	}


}
