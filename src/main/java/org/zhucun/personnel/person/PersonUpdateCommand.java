package org.zhucun.personnel.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.zhucun.personnel.PoliticalStatus;

/**
 * A correction of a person record (PER-1). The ID number and phone are left as they are when not
 * given: the form never shows them in full (SEC-5), so an editor who may not see them can still
 * correct the rest.
 */
public record PersonUpdateCommand(
		@NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.tooLong}") String name,
		@Size(max = 18, message = "{validation.tooLong}") String idNumber,
		@NotNull(message = "{validation.required}") PoliticalStatus politicalStatus,
		@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String workUnitPost,
		@NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.tooLong}") String unitCode,
		@Pattern(regexp = "|1\\d{10}|0\\d{2,3}-?\\d{7,8}", message = "{person.validation.phone}") String phone,
		Boolean civilServant, long version) {

	public PersonUpdateCommand {
		name = name == null ? null : name.strip();
		idNumber = idNumber == null || idNumber.isBlank() ? null : idNumber.strip().toUpperCase(java.util.Locale.ROOT);
		workUnitPost = workUnitPost == null ? null : workUnitPost.strip();
		unitCode = unitCode == null ? null : unitCode.strip();
		phone = phone == null || phone.isBlank() ? null : phone.strip();
		civilServant = Boolean.TRUE.equals(civilServant);
	}

}
