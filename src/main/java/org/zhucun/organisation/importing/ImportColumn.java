package org.zhucun.organisation.importing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of the tree import file (ORG-1/2). The header of each is the label the node form
 * uses, so that the file, the form and the tree page call a field by the same name.
 */
enum ImportColumn {

	CODE("node.code", "code"),
	NAME("node.name", "name"),
	LEVEL("node.level", null),
	PARENT_CODE("node.parentCode", "parentCode"),
	POOR_VILLAGE("node.poorVillage", "poorVillage"),
	WEAK_PARTY_ORGANISATION("node.weakPartyOrganisation", "weakPartyOrganisation"),
	LATITUDE("node.latitude", "latitude"),
	LONGITUDE("node.longitude", "longitude"),
	GEOFENCE_RADIUS("node.geofenceRadiusMetres", "geofenceRadiusMetres"),
	RESIDENT_POPULATION("node.residentPopulation", "residentPopulation");

	private final String headerKey;

	private final String field;

	ImportColumn(String headerKey, String field) {
		this.headerKey = headerKey;
		this.field = field;
	}

	/** The message key of the column's header label. */
	String headerKey() {
		return headerKey;
	}

	/** The message key of whether the column must be filled, for the template's second sheet. */
	String requirementKey() {
		return "import.template.requirement." + name();
	}

	/** The message key of the column's explanation on the template's second sheet. */
	String helpKey() {
		return "import.template.help." + name();
	}

	/** Whether only a village may carry a value in this column (ORG-2). */
	boolean villageOnly() {
		return ordinal() >= POOR_VILLAGE.ordinal();
	}

	/** Whether the column holds 是 or 否. */
	boolean yesNo() {
		return this == POOR_VILLAGE || this == WEAK_PARTY_ORGANISATION;
	}

	/** The column of a field named in an {@code InvalidInputException} of the tree service. */
	static Optional<ImportColumn> forField(String field) {
		return Arrays.stream(values()).filter(c -> c.field != null && c.field.equals(field)).findFirst();
	}

}
