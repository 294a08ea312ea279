package org.zhucun.personnel.person;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.common.scope.DataScope;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.organisation.NodeLevel;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.PlaceSummary;
import org.zhucun.organisation.UnitSummary;
import org.zhucun.personnel.AssignmentRole;

/**
 * The choices of the people list's filters: the counties and townships of the user's scope (for a
 * dispatching unit, whose scope holds no part of the tree, those of the whole region, where its
 * people may be posted), the villages of the chosen township, and the units of the people the user
 * may see.
 */
@Component
class PersonFilterChoices {

	private final OrganisationDirectory organisation;

	private final DataScopeProvider scopes;

	private final PersonService people;

	PersonFilterChoices(OrganisationDirectory organisation, DataScopeProvider scopes, PersonService people) {
		this.organisation = organisation;
		this.scopes = scopes;
		this.people = people;
	}

	/** What the filter form offers. */
	public record Choices(boolean shown, List<PlaceSummary> counties, List<PlaceSummary> townships,
			List<PlaceSummary> villages, List<UnitSummary> units, AssignmentRole[] roles, PostingStatus[] statuses) {
	}

	@Transactional(readOnly = true)
	Choices of(PersonFilterForm filter) {
		DataScope scope = scopes.currentScope();
		if (scope.isOwnRecordOnly()) {
			return new Choices(false, List.of(), List.of(), List.of(), List.of(), AssignmentRole.values(),
					PostingStatus.values());
		}
		DataScope places = scope.nodePaths().isEmpty() && !scope.isUnrestricted() ? DataScope.everything() : scope;
		List<PlaceSummary> counties = organisation.placesWithin(places, NodeLevel.COUNTY);
		DataScope townshipsOf = chosen(filter.getCounty(), counties).map(c -> DataScope.subtree(c.path())).orElse(places);
		List<PlaceSummary> townships = organisation.placesWithin(townshipsOf, NodeLevel.TOWNSHIP);
		List<PlaceSummary> villages = chosen(filter.getTownship(), townships)
			.map(t -> organisation.placesWithin(DataScope.subtree(t.path()), NodeLevel.VILLAGE))
			.orElse(List.of());
		return new Choices(true, counties, townships, villages, people.unitsOfVisiblePeople(), AssignmentRole.values(),
				PostingStatus.values());
	}

	private static java.util.Optional<PlaceSummary> chosen(String code, List<PlaceSummary> among) {
		return code == null || code.isBlank() ? java.util.Optional.empty()
				: among.stream().filter(p -> p.code().equals(code)).findFirst();
	}

}
