package org.zhucun.organisation.office;

import org.zhucun.organisation.OfficeKind;

/** An office as the API shows it: where it sits, on a node or on a dispatching unit. */
public record OfficeView(long id, String code, String name, OfficeKind kind, Long nodeId, String nodeName,
		Long unitId, String unitName, boolean active) {

	static OfficeView of(Office o) {
		return new OfficeView(o.getId(), o.getCode(), o.getName(), o.getKind(),
				o.getNode() == null ? null : o.getNode().getId(), o.getNode() == null ? null : o.getNode().getName(),
				o.getUnit() == null ? null : o.getUnit().getId(), o.getUnit() == null ? null : o.getUnit().getName(),
				o.isActive());
	}

}
