package org.zhucun.personnel.person;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.common.crypto.FieldCipher;
import org.zhucun.personnel.ChineseIdNumber;
import org.zhucun.personnel.PoliticalStatus;

/**
 * PER-5: writes the people of a roster import ({@code org.zhucun.personnel.roster}), which has checked
 * every row before: the ID number, duplicates by {@link #digestOf} (the keyed digest that
 * {@link PersonService#create} uses), the unit and the user's data scope (ORG-5). This only writes,
 * inside the import's transaction; the unique digest in the database still refuses a person entered
 * by someone else at the same moment, and the whole import is then rolled back.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class RosterPersonWriter {

	private final PersonRepository people;

	private final FieldCipher cipher;

	RosterPersonWriter(PersonRepository people, FieldCipher cipher) {
		this.people = people;
		this.cipher = cipher;
	}

	/** The keyed digest by which duplicates are found without decrypting (SEC-5). */
	@Transactional(propagation = Propagation.SUPPORTS)
	public String digestOf(ChineseIdNumber idNumber) {
		return cipher.digest(idNumber.value());
	}

	/** Creates the person; gender and birth date come from the ID number, as in {@link PersonService#create}. */
	public long create(NewPerson person) {
		ChineseIdNumber id = person.idNumber();
		return people.save(new Person(person.name(), id.gender(), id.birthDate(), person.politicalStatus(),
				person.workUnitPost(), person.unitId(), id.value(), digestOf(id), person.phone(), person.civilServant()))
			.getId();
	}

	/** Writes what was created, so that a database constraint fires here, inside the import's transaction. */
	public void flush() {
		people.flush();
	}

	/** A checked row of the roster: the person's fields, the unit resolved to its id. */
	public record NewPerson(String name, ChineseIdNumber idNumber, PoliticalStatus politicalStatus, String workUnitPost,
			long unitId, String phone, boolean civilServant) {

		@Override
		public String toString() {
			return "NewPerson[" + name + ", ***]";
		}

	}

}
