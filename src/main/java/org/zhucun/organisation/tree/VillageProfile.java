package org.zhucun.organisation.tree;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What only a village carries (ORG-2): whether it is a registered poor village (建档立卡贫困村) and/or
 * has a weak party organisation (党组织软弱涣散村), its location and geofence for phone check-in, and
 * its resident population (常住人口).
 */
@Embeddable
public class VillageProfile {

	@Column(name = "poor_village", nullable = false)
	private boolean poorVillage;

	@Column(name = "weak_party_organisation", nullable = false)
	private boolean weakPartyOrganisation;

	@Column(name = "latitude", precision = 9, scale = 6)
	private BigDecimal latitude;

	@Column(name = "longitude", precision = 9, scale = 6)
	private BigDecimal longitude;

	@Column(name = "geofence_radius_m")
	private Integer geofenceRadiusMetres;

	@Column(name = "resident_population")
	private Integer residentPopulation;

	protected VillageProfile() {
	}

	public VillageProfile(boolean poorVillage, boolean weakPartyOrganisation, BigDecimal latitude,
			BigDecimal longitude, Integer geofenceRadiusMetres, Integer residentPopulation) {
		this.poorVillage = poorVillage;
		this.weakPartyOrganisation = weakPartyOrganisation;
		this.latitude = latitude;
		this.longitude = longitude;
		this.geofenceRadiusMetres = geofenceRadiusMetres;
		this.residentPopulation = residentPopulation;
	}

	static VillageProfile none() {
		return new VillageProfile(false, false, null, null, null, null);
	}

	/** Only flagged villages receive dispatched personnel (ORG-2). */
	public boolean receivesPersonnel() {
		return poorVillage || weakPartyOrganisation;
	}

	public boolean isEmpty() {
		return !poorVillage && !weakPartyOrganisation && latitude == null && longitude == null
				&& geofenceRadiusMetres == null && residentPopulation == null;
	}

	public boolean isPoorVillage() {
		return poorVillage;
	}

	public boolean isWeakPartyOrganisation() {
		return weakPartyOrganisation;
	}

	public BigDecimal getLatitude() {
		return latitude;
	}

	public BigDecimal getLongitude() {
		return longitude;
	}

	public Integer getGeofenceRadiusMetres() {
		return geofenceRadiusMetres;
	}

	public Integer getResidentPopulation() {
		return residentPopulation;
	}

}
