package org.zhucun.organisation.tree;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a user submits to create or change a node, from a form, the API or an import row. The
 * parent is named by its code; an empty parent code makes a region. The village fields are taken
 * only for villages; a flag left out counts as not set.
 */
public record NodeCommand(
		@NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.tooLong}")
		@Pattern(regexp = "[0-9A-Za-z-]*", message = "{node.validation.code}") String code,
		@NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.tooLong}") String name,
		@Size(max = 20, message = "{validation.tooLong}") String parentCode,
		Boolean poorVillage,
		Boolean weakPartyOrganisation,
		@DecimalMin(value = "-90", message = "{validation.decimalMin}") @DecimalMax(value = "90", message = "{validation.decimalMax}") BigDecimal latitude,
		@DecimalMin(value = "-180", message = "{validation.decimalMin}") @DecimalMax(value = "180", message = "{validation.decimalMax}") BigDecimal longitude,
		@Min(value = 10, message = "{validation.min}") @Max(value = 20000, message = "{validation.max}") Integer geofenceRadiusMetres,
		@Min(value = 0, message = "{validation.min}") @Max(value = 1000000, message = "{validation.max}") Integer residentPopulation,
		Long version) {

	public NodeCommand {
		code = trim(code);
		name = trim(name);
		parentCode = trim(parentCode);
		poorVillage = Boolean.TRUE.equals(poorVillage);
		weakPartyOrganisation = Boolean.TRUE.equals(weakPartyOrganisation);
	}

	VillageProfile villageProfile() {
		return new VillageProfile(poorVillage, weakPartyOrganisation, latitude, longitude, geofenceRadiusMetres,
				residentPopulation);
	}

	static NodeCommand of(OrgNode node, String parentCode) {
		VillageProfile v = node.getVillageProfile();
		return new NodeCommand(node.getCode(), node.getName(), parentCode, v.isPoorVillage(),
				v.isWeakPartyOrganisation(), v.getLatitude(), v.getLongitude(), v.getGeofenceRadiusMetres(),
				v.getResidentPopulation(), node.getVersion());
	}

	static NodeCommand childOf(String parentCode) {
		return new NodeCommand(null, null, parentCode, false, false, null, null, null, null, null);
	}

	private static String trim(String s) {
		return s == null ? null : s.strip();
	}

}
