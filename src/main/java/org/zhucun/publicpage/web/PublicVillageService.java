package org.zhucun.publicpage.web;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.PlaceSummary;
import org.zhucun.organisation.VillageSummary;
import org.zhucun.personnel.PublicRoster;
import org.zhucun.publicpage.PublicVillage;

/**
 * CON-1: the public page's content. A village that does not exist or is no longer active answers
 * 404; a photo is served only of a person actively posted to that village.
 */
@Service
class PublicVillageService {

	private final OrganisationDirectory organisation;

	private final PublicRoster roster;

	PublicVillageService(OrganisationDirectory organisation, PublicRoster roster) {
		this.organisation = organisation;
		this.roster = roster;
	}

	PublicVillage village(String code) {
		VillageSummary village = activeVillage(code);
		String township = organisation.parentOf(village.id()).map(PlaceSummary::name).orElse("");
		return new PublicVillage(village.code(), village.name(), township, roster.postedTo(village.id()));
	}

	Optional<byte[]> photo(String code, long personId) {
		return roster.photo(activeVillage(code).id(), personId);
	}

	private VillageSummary activeVillage(String code) {
		return organisation.villageByCode(code)
			.filter(VillageSummary::active)
			.orElseThrow(() -> new NotFoundException("publicPage.error.notFound"));
	}

}
