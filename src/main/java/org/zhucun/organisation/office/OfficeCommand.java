package org.zhucun.organisation.office;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.zhucun.organisation.OfficeKind;

/**
 * What a user submits to create an office: its kind and where it sits, a node code for the offices
 * of the tree or a unit code for a dispatching unit's office.
 */
public record OfficeCommand(
		@NotBlank(message = "{validation.required}") @Size(max = 30, message = "{validation.tooLong}")
		@Pattern(regexp = "[0-9A-Za-z-]*", message = "{node.validation.code}") String code,
		@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String name,
		@NotNull(message = "{validation.required}") OfficeKind kind,
		@NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.tooLong}") String placeCode) {

	public OfficeCommand {
		code = code == null ? null : code.strip();
		name = name == null ? null : name.strip();
		placeCode = placeCode == null ? null : placeCode.strip();
	}

	static OfficeCommand empty() {
		return new OfficeCommand(null, null, null, null);
	}

}
