package org.zhucun.personnel.person;

import org.zhucun.personnel.AssignmentRole;

/**
 * The filter fields of the people list as the page sends them: a county, a township and a village
 * (the most specific one chosen is the place), the unit's code, role, status and a name.
 */
public class PersonFilterForm {

	private String q;

	private String county;

	private String township;

	private String village;

	private String unit;

	private AssignmentRole role;

	private PostingStatus status;

	PersonFilter toFilter() {
		String place = firstChosen(village, township, county);
		return new PersonFilter(q, place, unit, role, status);
	}

	/** Whether any filter is set, to show a "clear" link. */
	public boolean isActive() {
		return toFilter().q() != null || toFilter().place() != null || toFilter().unit() != null || role != null
				|| status != null;
	}

	private static String firstChosen(String... values) {
		for (String v : values) {
			if (v != null && !v.isBlank()) {
				return v;
			}
		}
		return null;
	}

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getCounty() {
		return county;
	}

	public void setCounty(String county) {
		this.county = county;
	}

	public String getTownship() {
		return township;
	}

	public void setTownship(String township) {
		this.township = township;
	}

	public String getVillage() {
		return village;
	}

	public void setVillage(String village) {
		this.village = village;
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public AssignmentRole getRole() {
		return role;
	}

	public void setRole(AssignmentRole role) {
		this.role = role;
	}

	public PostingStatus getStatus() {
		return status;
	}

	public void setStatus(PostingStatus status) {
		this.status = status;
	}

}
