package org.zhucun.organisation.importing;

import static org.zhucun.organisation.importing.ImportColumn.GEOFENCE_RADIUS;
import static org.zhucun.organisation.importing.ImportColumn.LATITUDE;
import static org.zhucun.organisation.importing.ImportColumn.LONGITUDE;
import static org.zhucun.organisation.importing.ImportColumn.POOR_VILLAGE;
import static org.zhucun.organisation.importing.ImportColumn.RESIDENT_POPULATION;
import static org.zhucun.organisation.importing.ImportColumn.WEAK_PARTY_ORGANISATION;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.zhucun.organisation.NodeLevel;

/**
 * Reads the columns only a village carries (ORG-2): the two flags, the location, the geofence radius
 * and the population, reporting each value that is not 是/否 or not a number in range. The ranges are
 * those of {@link org.zhucun.organisation.tree.NodeCommand}.
 */
final class VillageColumns {

	private static final Range LATITUDE_RANGE = new Range(-90, 90, false);

	private static final Range LONGITUDE_RANGE = new Range(-180, 180, false);

	private static final Range RADIUS_RANGE = new Range(10, 20000, true);

	private static final Range POPULATION_RANGE = new Range(0, 1000000, true);

	private final ImportVocabulary vocabulary;

	VillageColumns(ImportVocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	/**
	 * The row's village values, adding a problem for each bad one. A row known not to be a village
	 * may carry none of them (否 aside) and gets no values; a row of unknown level is read as a village
	 * so that its values are checked all the same.
	 */
	VillageValues read(ImportRow row, NodeLevel level, List<ImportProblem> problems) {
		if (level != null && level != NodeLevel.VILLAGE) {
			for (ImportColumn column : ImportColumn.values()) {
				if (column.villageOnly() && !row.isBlank(column) && !saysNo(row, column)) {
					problems.add(ImportProblem.at(row.number(), column, "import.error.villageOnly"));
				}
			}
			return VillageValues.NONE;
		}
		Reading reading = new Reading(row, problems);
		BigDecimal latitude = reading.number(LATITUDE, LATITUDE_RANGE);
		BigDecimal longitude = reading.number(LONGITUDE, LONGITUDE_RANGE);
		if (row.isBlank(LATITUDE) != row.isBlank(LONGITUDE)) {
			problems.add(ImportProblem.at(row.number(), row.isBlank(LATITUDE) ? LATITUDE : LONGITUDE,
					"import.error.latitudeWithLongitude"));
		}
		BigDecimal radius = reading.number(GEOFENCE_RADIUS, RADIUS_RANGE);
		BigDecimal population = reading.number(RESIDENT_POPULATION, POPULATION_RANGE);
		return new VillageValues(reading.flag(POOR_VILLAGE), reading.flag(WEAK_PARTY_ORGANISATION), latitude, longitude,
				radius == null ? null : radius.intValueExact(), population == null ? null : population.intValueExact());
	}

	/** 否 in a yes/no column says nothing about a village, so it is harmless on any level. */
	private boolean saysNo(ImportRow row, ImportColumn column) {
		return column.yesNo() && vocabulary.flag(row.cell(column)).map(yes -> !yes).orElse(false);
	}

	/** Reading the values of one row. */
	private final class Reading {

		private final ImportRow row;

		private final List<ImportProblem> problems;

		Reading(ImportRow row, List<ImportProblem> problems) {
			this.row = row;
			this.problems = problems;
		}

		boolean flag(ImportColumn column) {
			if (row.isBlank(column)) {
				return false;
			}
			Optional<Boolean> value = vocabulary.flag(row.cell(column));
			if (value.isEmpty()) {
				problem(column, "import.error.yesNo", row.cell(column));
			}
			return value.orElse(false);
		}

		BigDecimal number(ImportColumn column, Range range) {
			if (row.isBlank(column)) {
				return null;
			}
			BigDecimal value;
			try {
				value = new BigDecimal(row.cell(column));
			}
			catch (NumberFormatException ex) {
				problem(column, "import.error.notNumber", row.cell(column));
				return null;
			}
			if (range.whole() && value.stripTrailingZeros().scale() > 0) {
				problem(column, "import.error.notWholeNumber", row.cell(column));
				return null;
			}
			if (value.compareTo(BigDecimal.valueOf(range.min())) < 0 || value.compareTo(BigDecimal.valueOf(range.max())) > 0) {
				problem(column, "import.error.outOfRange", range.min(), range.max());
				return null;
			}
			return value;
		}

		private void problem(ImportColumn column, String messageKey, Object... args) {
			problems.add(ImportProblem.at(row.number(), column, messageKey, args));
		}

	}

	/** The village values of a row; all empty for a node that is not a village. */
	record VillageValues(boolean poorVillage, boolean weakPartyOrganisation, BigDecimal latitude, BigDecimal longitude,
			Integer geofenceRadiusMetres, Integer residentPopulation) {

		static final VillageValues NONE = new VillageValues(false, false, null, null, null, null);

	}

	/** The allowed values of a number column. */
	private record Range(long min, long max, boolean whole) {
	}

}
