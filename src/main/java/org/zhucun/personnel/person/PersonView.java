package org.zhucun.personnel.person;

import org.zhucun.personnel.Gender;
import org.zhucun.personnel.PoliticalStatus;

/** A person as the API shows it by default: ID number and phone masked (SEC-5). */
public record PersonView(long id, String name, Gender gender, String birthMonth, PoliticalStatus politicalStatus,
		String workUnitPost, long unitId, String idNumber, String phone, boolean civilServant) {

	static PersonView of(Person p) {
		return new PersonView(p.getId(), p.getName(), p.getGender(), p.getBirthMonth(), p.getPoliticalStatus(),
				p.getWorkUnitPost(), p.getUnitId(), p.getMaskedIdNumber(), p.getMaskedPhone(), p.isCivilServant());
	}

}
