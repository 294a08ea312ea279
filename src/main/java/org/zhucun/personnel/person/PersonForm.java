package org.zhucun.personnel.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.zhucun.personnel.PoliticalStatus;

/**
 * The person form of the pages (PER-1). On a new record the ID number is required; on an existing
 * one the ID number and phone fields start empty and are changed only when filled in (SEC-5: the
 * form never shows them in full).
 */
public class PersonForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 50, message = "{validation.tooLong}")
	private String name;

	@Size(max = 18, message = "{validation.tooLong}")
	private String idNumber;

	@NotNull(message = "{validation.required}")
	private PoliticalStatus politicalStatus;

	@NotBlank(message = "{validation.required}")
	@Size(max = 100, message = "{validation.tooLong}")
	private String workUnitPost;

	@NotBlank(message = "{validation.required}")
	private String unitCode;

	@Pattern(regexp = "|1\\d{10}|0\\d{2,3}-?\\d{7,8}", message = "{person.validation.phone}")
	private String phone;

	private boolean civilServant;

	private long version;

	static PersonForm empty() {
		PersonForm form = new PersonForm();
		form.politicalStatus = PoliticalStatus.PARTY_MEMBER;
		return form;
	}

	static PersonForm of(Person person, String unitCode) {
		PersonForm form = new PersonForm();
		form.name = person.getName();
		form.politicalStatus = person.getPoliticalStatus();
		form.workUnitPost = person.getWorkUnitPost();
		form.unitCode = unitCode;
		form.civilServant = person.isCivilServant();
		form.version = person.getVersion();
		return form;
	}

	PersonCommand toCreateCommand() {
		return new PersonCommand(name, idNumber, politicalStatus, workUnitPost, unitCode, phone, civilServant);
	}

	PersonUpdateCommand toUpdateCommand() {
		return new PersonUpdateCommand(name, idNumber, politicalStatus, workUnitPost, unitCode, phone, civilServant, version);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getIdNumber() {
		return idNumber;
	}

	public void setIdNumber(String idNumber) {
		this.idNumber = idNumber;
	}

	public PoliticalStatus getPoliticalStatus() {
		return politicalStatus;
	}

	public void setPoliticalStatus(PoliticalStatus politicalStatus) {
		this.politicalStatus = politicalStatus;
	}

	public String getWorkUnitPost() {
		return workUnitPost;
	}

	public void setWorkUnitPost(String workUnitPost) {
		this.workUnitPost = workUnitPost;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public void setUnitCode(String unitCode) {
		this.unitCode = unitCode;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public boolean isCivilServant() {
		return civilServant;
	}

	public void setCivilServant(boolean civilServant) {
		this.civilServant = civilServant;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
