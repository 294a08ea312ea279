package org.zhucun.organisation.unit;

import org.springframework.data.jpa.domain.Specification;
import org.zhucun.common.scope.DataScope;

/** The data-scope condition on dispatching units, for the organisation directory (ORG-5). */
public final class UnitScope {

	private UnitScope() {
	}

	public static Specification<DispatchingUnit> visibleTo(DataScope scope) {
		return UnitSpecifications.visibleTo(scope);
	}

}
