package org.zhucun.leave.request;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.zhucun.leave.rules.LeaveRoute;

/**
 * POL-1: the numbers of the leave rules. {@code townshipMaxWorkingDays}: requests of up to this
 * many working days go to the township party committee, longer ones to the county and the unit
 * (Art. 12: 3, included). {@code maxCalendarDays}: the longest range one request may cover.
 */
@ConfigurationProperties("zhucun.policy.leave")
public record LeavePolicy(@DefaultValue("" + LeaveRoute.DEFAULT_TOWNSHIP_MAX_WORKING_DAYS) int townshipMaxWorkingDays,
		@DefaultValue("60") int maxCalendarDays) {

	public LeavePolicy {
		if (townshipMaxWorkingDays < 0 || maxCalendarDays < 1) {
			throw new IllegalArgumentException("zhucun.policy.leave: negative threshold or empty maximum range");
		}
	}

}
