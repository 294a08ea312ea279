package org.zhucun.organisation.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.zhucun.organisation.UnitType;

/**
 * What a user submits to create or change a dispatching unit. The owner is the region, city or
 * county node (by code) the unit belongs to; the unit's level follows from it.
 */
public record UnitCommand(
		@NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.tooLong}")
		@Pattern(regexp = "[0-9A-Za-z-]*", message = "{node.validation.code}") String code,
		@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String name,
		@NotNull(message = "{validation.required}") UnitType type,
		@NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.tooLong}") String ownerCode,
		Long version) {

	public UnitCommand {
		code = code == null ? null : code.strip();
		name = name == null ? null : name.strip();
		ownerCode = ownerCode == null ? null : ownerCode.strip();
	}

	static UnitCommand of(DispatchingUnit unit) {
		return new UnitCommand(unit.getCode(), unit.getName(), unit.getType(), unit.getOwner().getCode(), unit.getVersion());
	}

	static UnitCommand empty() {
		return new UnitCommand(null, null, null, null, null);
	}

}
