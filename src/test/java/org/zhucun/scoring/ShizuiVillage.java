package org.zhucun.scoring;

import java.time.LocalDate;
import java.util.List;

import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.personnel.PostingPeriod;
import org.zhucun.personnel.Postings;

/** SCO-A1/A2/A3: the demo's people posted to 石嘴村 (641101001001), whose sheets the scoring tests read. */
final class ShizuiVillage {

	static final String CODE = "641101001001";

	private ShizuiVillage() {
	}

	/** The posting of the year of the person of that name at 石嘴村. */
	static PostingPeriod posting(Postings postings, OrganisationDirectory organisation, String name, int year) {
		long village = organisation.villageByCode(CODE).orElseThrow().id();
		return postings.postedIn(List.of(village), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.stream()
			.filter(p -> p.personName().equals(name))
			.findFirst()
			.orElseThrow();
	}

}
