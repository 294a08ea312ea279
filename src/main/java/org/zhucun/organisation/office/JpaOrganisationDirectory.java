package org.zhucun.organisation.office;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.common.scope.DataScope;
import org.zhucun.organisation.NodeLevel;
import org.zhucun.organisation.OfficeSummary;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.PlaceSummary;
import org.zhucun.organisation.UnitSummary;
import org.zhucun.organisation.VillageLocation;
import org.zhucun.organisation.VillageSummary;
import org.zhucun.organisation.tree.NodeScope;
import org.zhucun.organisation.tree.OrgNode;
import org.zhucun.organisation.tree.OrgNodeRepository;
import org.zhucun.organisation.unit.DispatchingUnit;
import org.zhucun.organisation.unit.DispatchingUnitRepository;
import org.zhucun.organisation.unit.UnitScope;

/** The organisation directory read from the organisation module's own tables. */
@Component
@Transactional(readOnly = true)
class JpaOrganisationDirectory implements OrganisationDirectory {

	private final OfficeRepository offices;

	private final OrgNodeRepository nodes;

	private final DispatchingUnitRepository units;

	JpaOrganisationDirectory(OfficeRepository offices, OrgNodeRepository nodes, DispatchingUnitRepository units) {
		this.offices = offices;
		this.nodes = nodes;
		this.units = units;
	}

	@Override
	public Optional<UnitSummary> unit(long unitId) {
		return units.findById(unitId).map(JpaOrganisationDirectory::summary);
	}

	@Override
	public Optional<UnitSummary> unitByCode(String code) {
		return units.findByCode(code).map(JpaOrganisationDirectory::summary);
	}

	@Override
	public Optional<VillageSummary> villageByCode(String code) {
		return nodes.findByCode(code).filter(OrgNode::isVillage).map(JpaOrganisationDirectory::village);
	}

	@Override
	public Optional<VillageSummary> village(long nodeId) {
		return nodes.findById(nodeId).filter(OrgNode::isVillage).map(JpaOrganisationDirectory::village);
	}

	@Override
	public Optional<VillageLocation> villageLocation(long villageNodeId) {
		return nodes.findById(villageNodeId).filter(OrgNode::isVillage).flatMap(n -> {
			var profile = n.getVillageProfile();
			if (profile.getLatitude() == null || profile.getLongitude() == null
					|| profile.getGeofenceRadiusMetres() == null) {
				return Optional.empty();
			}
			return Optional.of(new VillageLocation(n.getId(), n.getCode(), n.getName(),
					profile.getLatitude().doubleValue(), profile.getLongitude().doubleValue(),
					profile.getGeofenceRadiusMetres()));
		});
	}

	@Override
	public java.util.OptionalInt residentPopulation(long villageNodeId) {
		return nodes.findById(villageNodeId)
			.filter(OrgNode::isVillage)
			.map(n -> n.getVillageProfile().getResidentPopulation())
			.map(java.util.OptionalInt::of)
			.orElse(java.util.OptionalInt.empty());
	}

	@Override
	public Set<Long> villageIdsWithin(DataScope scope) {
		return nodes.findAll(NodeScope.villagesVisibleTo(scope)).stream().map(OrgNode::getId).collect(Collectors.toSet());
	}

	private static VillageSummary village(OrgNode n) {
		return new VillageSummary(n.getId(), n.getCode(), n.getName(), n.getPath(),
				n.getVillageProfile().receivesPersonnel(), n.isActive());
	}

	@Override
	public Set<Long> unitIdsWithin(DataScope scope) {
		return units.findAll(UnitScope.visibleTo(scope)).stream().map(DispatchingUnit::getId).collect(Collectors.toSet());
	}

	private static UnitSummary summary(DispatchingUnit u) {
		return new UnitSummary(u.getId(), u.getCode(), u.getName(), u.getLevel(), u.getType(), u.isActive());
	}

	@Override
	public Optional<OfficeSummary> office(long officeId) {
		return offices.findById(officeId).map(Office::summary);
	}

	@Override
	public Optional<OfficeSummary> officeByCode(String code) {
		return offices.findByCode(code).map(Office::summary);
	}

	@Override
	public Optional<String> nodePath(long nodeId) {
		return nodes.findById(nodeId).map(OrgNode::getPath);
	}

	@Override
	public Optional<Long> nodeIdByCode(String code) {
		return nodes.findByCode(code).map(OrgNode::getId);
	}

	@Override
	public Optional<PlaceSummary> countyOf(long nodeId) {
		return nodes.findById(nodeId).flatMap(n -> {
			if (n.getLevel() == NodeLevel.COUNTY) {
				return Optional.of(place(n));
			}
			if (n.getLevel().compareTo(NodeLevel.COUNTY) < 0) {
				return Optional.empty();
			}
			// the path runs from the region down (/region/city/county/…): the county is an ancestor
			return nodes.findAllById(n.pathIds()).stream().filter(a -> a.getLevel() == NodeLevel.COUNTY).findFirst()
				.map(JpaOrganisationDirectory::place);
		});
	}

	@Override
	public Optional<PlaceSummary> place(String code) {
		return nodes.findByCode(code).map(JpaOrganisationDirectory::place);
	}

	@Override
	public List<PlaceSummary> placesOnPath(long nodeId) {
		var node = nodes.findById(nodeId);
		if (node.isEmpty()) {
			return List.of();
		}
		List<Long> ids = java.util.Arrays.stream(node.get().getPath().split("/"))
			.filter(part -> !part.isEmpty())
			.map(Long::valueOf)
			.toList();
		java.util.Map<Long, OrgNode> found = new java.util.HashMap<>();
		nodes.findAllById(ids).forEach(n -> found.put(n.getId(), n));
		return ids.stream().map(found::get).filter(java.util.Objects::nonNull).map(JpaOrganisationDirectory::place).toList();
	}

	@Override
	public Optional<PlaceSummary> parentOf(long nodeId) {
		return nodes.findById(nodeId).map(OrgNode::getParentId).flatMap(nodes::findById)
			.map(JpaOrganisationDirectory::place);
	}

	@Override
	public List<PlaceSummary> placesWithin(DataScope scope, NodeLevel level) {
		Specification<OrgNode> ofLevel = (root, query, cb) -> cb.and(cb.equal(root.get("level"), level),
				cb.isTrue(root.get("active")));
		return nodes.findAll(NodeScope.visibleTo(scope).and(ofLevel), Sort.by("code")).stream()
			.map(JpaOrganisationDirectory::place).toList();
	}

	@Override
	public List<UnitSummary> unitsWithin(DataScope scope) {
		Specification<DispatchingUnit> active = (root, query, cb) -> cb.isTrue(root.get("active"));
		return units.findAll(UnitScope.visibleTo(scope).and(active), Sort.by("code")).stream()
			.map(JpaOrganisationDirectory::summary).toList();
	}

	private static PlaceSummary place(OrgNode n) {
		return new PlaceSummary(n.getId(), n.getCode(), n.getName(), n.getLevel(), n.getPath(), n.isActive());
	}

	@Override
	public java.util.Map<String, VillageSummary> villagesByCode(java.util.Collection<String> codes) {
		if (codes.isEmpty()) {
			return java.util.Map.of();
		}
		return nodes.findAll((root, query, cb) -> root.get("code").in(codes)).stream()
			.filter(OrgNode::isVillage)
			.collect(Collectors.toMap(OrgNode::getCode, JpaOrganisationDirectory::village));
	}

	@Override
	public java.util.Map<String, UnitSummary> unitsByCode(java.util.Collection<String> codes) {
		if (codes.isEmpty()) {
			return java.util.Map.of();
		}
		return units.findAll((root, query, cb) -> root.get("code").in(codes)).stream()
			.collect(Collectors.toMap(DispatchingUnit::getCode, JpaOrganisationDirectory::summary));
	}

	@Override
	public List<OfficeSummary> activeOfficesAt(long nodeId, org.zhucun.organisation.OfficeKind kind) {
		return offices.findByNode_IdAndKindAndActiveTrueOrderByCode(nodeId, kind).stream().map(Office::summary).toList();
	}

	@Override
	public List<OfficeSummary> activeOfficesOfUnit(long unitId) {
		return offices.findByUnit_IdAndActiveTrueOrderByCode(unitId).stream().map(Office::summary).toList();
	}

}
