package org.zhucun.personnel.person;

import java.time.LocalDate;

import org.zhucun.personnel.AssignmentRole;
import org.zhucun.personnel.Gender;
import org.zhucun.personnel.PoliticalStatus;

/**
 * A person as the API shows it by default: ID number and phone masked (SEC-5), with the dispatching
 * unit and the current (or latest) posting.
 */
public record PersonView(long id, long version, String name, Gender gender, String birthMonth,
		PoliticalStatus politicalStatus, String workUnitPost, long unitId, String unitName, String idNumber, String phone,
		boolean civilServant, PostingStatus postingStatus, String villageName, AssignmentRole role, LocalDate startDate,
		LocalDate plannedEndDate, LocalDate endedOn) {

	static PersonView of(PersonRow row) {
		Person p = row.person();
		return new PersonView(p.getId(), p.getVersion(), p.getName(), p.getGender(), p.getBirthMonth(),
				p.getPoliticalStatus(), p.getWorkUnitPost(), p.getUnitId(), row.unitName(), p.getMaskedIdNumber(),
				p.getMaskedPhone(), p.isCivilServant(), row.status(), row.villageName(), row.role(), row.startDate(),
				row.plannedEndDate(), row.endedOn());
	}

}
