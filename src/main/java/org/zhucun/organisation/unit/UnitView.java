package org.zhucun.organisation.unit;

import org.zhucun.organisation.UnitLevel;
import org.zhucun.organisation.UnitType;

/** A dispatching unit as the API shows it. */
public record UnitView(long id, String code, String name, UnitLevel level, UnitType type, long ownerId,
		String ownerCode, String ownerName, boolean active, long version) {

	static UnitView of(DispatchingUnit u) {
		return new UnitView(u.getId(), u.getCode(), u.getName(), u.getLevel(), u.getType(), u.getOwner().getId(),
				u.getOwner().getCode(), u.getOwner().getName(), u.isActive(), u.getVersion());
	}

}
