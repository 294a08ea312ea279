package org.zhucun.organisation.tree;

import java.math.BigDecimal;

import org.zhucun.organisation.NodeLevel;

/** A tree node as the API shows it. Village fields are null for other levels. */
public record NodeView(long id, String code, String name, NodeLevel level, Long parentId, boolean active,
		long version, Boolean poorVillage, Boolean weakPartyOrganisation, BigDecimal latitude, BigDecimal longitude,
		Integer geofenceRadiusMetres, Integer residentPopulation) {

	static NodeView of(OrgNode n) {
		boolean village = n.isVillage();
		var v = n.getVillageProfile();
		return new NodeView(n.getId(), n.getCode(), n.getName(), n.getLevel(), n.getParentId(), n.isActive(),
				n.getVersion(), village ? v.isPoorVillage() : null, village ? v.isWeakPartyOrganisation() : null,
				village ? v.getLatitude() : null, village ? v.getLongitude() : null,
				village ? v.getGeofenceRadiusMetres() : null, village ? v.getResidentPopulation() : null);
	}

}
