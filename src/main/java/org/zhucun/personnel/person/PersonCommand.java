package org.zhucun.personnel.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.zhucun.personnel.PoliticalStatus;

/**
 * A new person record. Gender and birth date are not asked: they are read from the ID number
 * (GB 11643), so they cannot contradict it.
 */
public record PersonCommand(
		@NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.tooLong}") String name,
		@NotBlank(message = "{validation.required}") @Size(max = 18, message = "{validation.tooLong}") String idNumber,
		@NotNull(message = "{validation.required}") PoliticalStatus politicalStatus,
		@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String workUnitPost,
		@NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.tooLong}") String unitCode,
		@Pattern(regexp = "|1\\d{10}|0\\d{2,3}-?\\d{7,8}", message = "{person.validation.phone}") String phone,
		Boolean civilServant) {

	public PersonCommand {
		name = name == null ? null : name.strip();
		idNumber = idNumber == null ? null : idNumber.strip().toUpperCase(java.util.Locale.ROOT);
		workUnitPost = workUnitPost == null ? null : workUnitPost.strip();
		unitCode = unitCode == null ? null : unitCode.strip();
		phone = phone == null ? null : phone.strip();
		civilServant = Boolean.TRUE.equals(civilServant);
	}

}
