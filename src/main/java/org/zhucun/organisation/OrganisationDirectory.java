package org.zhucun.organisation;

import java.util.Optional;

/**
 * What other modules may ask of the organisation. Read-only and unscoped: callers are trusted
 * modules resolving references (for example the identity module building a user's data scope), not
 * users browsing.
 */
public interface OrganisationDirectory {

	Optional<OfficeSummary> office(long officeId);

	Optional<OfficeSummary> officeByCode(String code);

	/** The materialized path of a node ({@code /1/4/9/}), if the node exists. */
	Optional<String> nodePath(long nodeId);

	Optional<Long> nodeIdByCode(String code);

	Optional<UnitSummary> unit(long unitId);

	/** The village with this code, if the node exists and is a village. */
	Optional<VillageSummary> villageByCode(String code);

	Optional<VillageSummary> village(long nodeId);

	/**
	 * The location and geofence of a village (ATT-8), if the node is a village with latitude,
	 * longitude and radius all configured; empty otherwise.
	 */
	Optional<VillageLocation> villageLocation(long villageNodeId);

	/**
	 * The resident population (常住人口) recorded for a village (ORG-2), if the node is a village with
	 * one: the Annex 1 skills-training item compares the person-times trained with it (SCO-A1).
	 */
	java.util.OptionalInt residentPopulation(long villageNodeId);

	/** The villages inside a data scope (ORG-5), for modules that keep records per village. */
	java.util.Set<Long> villageIdsWithin(org.zhucun.common.scope.DataScope scope);

	Optional<UnitSummary> unitByCode(String code);

	/**
	 * The dispatching units inside a data scope (ORG-5): those owned by a node of the scope's
	 * subtrees, and the scope's own units. Other modules narrow their records by unit with this.
	 */
	java.util.Set<Long> unitIdsWithin(org.zhucun.common.scope.DataScope scope);

	/**
	 * The county (县/区) that holds this node: the node itself for a county, its ancestor for a
	 * township or village; empty for the region, a city or an unknown node. The working-day calendar
	 * applies a county's local holidays to its nodes with this (ATT-1).
	 */
	Optional<PlaceSummary> countyOf(long nodeId);

	/**
	 * The node and every node above it, from the region down to the node itself (POL-1: a number set
	 * for a region, city or county applies to everything beneath). Empty when the node does not exist.
	 */
	java.util.List<PlaceSummary> placesOnPath(long nodeId);

	/** The node with this code, of any level, if it exists. */
	Optional<PlaceSummary> place(String code);

	/** The node directly above this one (a village's township), if there is one (CON-1: the public page names it). */
	Optional<PlaceSummary> parentOf(long nodeId);

	/** The active nodes of one level inside a data scope (ORG-5), by code: for filters and pick lists. */
	java.util.List<PlaceSummary> placesWithin(org.zhucun.common.scope.DataScope scope, NodeLevel level);

	/** The active dispatching units inside a data scope (ORG-5), by code. */
	java.util.List<UnitSummary> unitsWithin(org.zhucun.common.scope.DataScope scope);
	/**
	 * The villages with these codes, by code, in one query (codes naming no village are left out);
	 * for imports that resolve many codes at once. Unscoped like the rest: the caller narrows with
	 * {@link #villageIdsWithin}.
	 */
	java.util.Map<String, VillageSummary> villagesByCode(java.util.Collection<String> codes);

	/** The dispatching units with these codes, by code, in one query (unknown codes are left out). */
	java.util.Map<String, UnitSummary> unitsByCode(java.util.Collection<String> codes);

	/**
	 * The active offices of one kind sitting on this node (a township's party committee, a county's
	 * poverty-alleviation office), by code: the reporting module routes a report to them (REP-1, REP-2).
	 */
	java.util.List<OfficeSummary> activeOfficesAt(long nodeId, OfficeKind kind);

	/** The active offices of a dispatching unit, by code (REP-1: a quarterly report goes to the unit). */
	java.util.List<OfficeSummary> activeOfficesOfUnit(long unitId);

	/**
	 * ORG-5 for records that keep a person's village and dispatching unit: the scope's villages, its
	 * units and its own person (leave requests, reports).
	 */
	default org.zhucun.common.scope.PostedRecordScope postedRecordScope(org.zhucun.common.scope.DataScope scope) {
		if (scope.isUnrestricted()) {
			return new org.zhucun.common.scope.PostedRecordScope(true, java.util.Set.of(), java.util.Set.of(), java.util.Set.of());
		}
		return new org.zhucun.common.scope.PostedRecordScope(false, villageIdsWithin(scope), unitIdsWithin(scope),
				scope.personIds());
	}

}
