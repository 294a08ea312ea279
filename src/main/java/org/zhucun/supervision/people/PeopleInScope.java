package org.zhucun.supervision.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.zhucun.common.scope.DataScope;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.organisation.NodeLevel;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.PlaceSummary;
import org.zhucun.personnel.ActivePostings;
import org.zhucun.personnel.ActivePostings.ActivePosting;
import org.zhucun.supervision.SupervisionLevel;

/**
 * The data scope (ORG-5) as the supervision records need it: a record about a person carries the
 * person's village and dispatching unit when it was entered, and is visible to the offices whose
 * villages or units hold it and to the person themselves. Records are entered by the organisation
 * department of the region, city or county that organised them, about people within its scope.
 */
@Component
public class PeopleInScope {

	private final DataScopeProvider scopes;

	private final OrganisationDirectory organisation;

	private final ActivePostings postings;

	PeopleInScope(DataScopeProvider scopes, OrganisationDirectory organisation, ActivePostings postings) {
		this.scopes = scopes;
		this.organisation = organisation;
		this.postings = postings;
	}

	/** Who asks: the scope, its villages and its units. */
	public Viewer viewer() {
		DataScope scope = scopes.currentScope();
		return new Viewer(scope, organisation.villageIdsWithin(scope), organisation.unitIdsWithin(scope));
	}

	/** The active posting of a person inside the user's villages, or a refusal naming the field. */
	public ActivePosting posting(Long personId, String field) {
		Viewer viewer = viewer();
		return Optional.ofNullable(personId)
			.flatMap(postings::of)
			.filter(p -> viewer.villages().contains(p.villageNodeId()))
			.orElseThrow(() -> new InvalidInputException(field, "sup.error.person"));
	}

	/** Whether the user may see records about this person (their active posting lies in the scope, or it is their own). */
	public boolean seesPerson(long personId) {
		Viewer viewer = viewer();
		return postings.of(personId).map(p -> viewer.sees(personId, p.villageNodeId(), p.unitId())).orElse(false);
	}

	/** The people posted in the user's villages, for pick lists. */
	public List<ActivePosting> people() {
		return postings.inVillages(organisation.villageIdsWithin(scopes.currentScope()));
	}

	/** The region, cities and counties of the user's scope that may organise courses and inspections. */
	public List<PlaceSummary> organisers() {
		DataScope scope = scopes.currentScope();
		List<PlaceSummary> places = new ArrayList<>();
		for (NodeLevel level : List.of(NodeLevel.REGION, NodeLevel.CITY, NodeLevel.COUNTY)) {
			places.addAll(organisation.placesWithin(scope, level));
		}
		return places;
	}

	/** The organiser named by code: a region, city or county inside the user's scope. */
	public PlaceSummary organiser(String code) {
		return organisers().stream()
			.filter(p -> p.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("organiserCode", "sup.error.organiser"));
	}

	public static SupervisionLevel levelOf(PlaceSummary place) {
		return SupervisionLevel.valueOf(place.level().name());
	}

	/** The village with this code inside the user's scope. */
	public long village(String code) {
		Set<Long> villages = organisation.villageIdsWithin(scopes.currentScope());
		return organisation.villageByCode(code == null ? "" : code.strip())
			.filter(v -> villages.contains(v.id()))
			.map(org.zhucun.organisation.VillageSummary::id)
			.orElseThrow(() -> new InvalidInputException("villageCodes", "sup.error.village", code));
	}

	public String villageName(long id) {
		return organisation.village(id).map(org.zhucun.organisation.VillageSummary::name).orElse("?");
	}

	public String placeName(long id) {
		return organisation.placesOnPath(id).stream().reduce((a, b) -> b).map(PlaceSummary::name).orElse("?");
	}

	/** Whether a record organised by this node lies inside the viewer's subtrees (its organiser's own records). */
	public boolean organisedWithin(Viewer viewer, long nodeId) {
		return organisation.nodePath(nodeId).map(viewer.scope()::coversPath).orElse(false);
	}

	/** Who asks, with what they may see. */
	public record Viewer(DataScope scope, Set<Long> villages, Set<Long> units) {

		/** A record about a person posted (then) in this village for this unit. */
		public boolean sees(long personId, long villageNodeId, long unitId) {
			return scope.coversOwnPerson(personId) || villages.contains(villageNodeId) || units.contains(unitId);
		}

	}

}
