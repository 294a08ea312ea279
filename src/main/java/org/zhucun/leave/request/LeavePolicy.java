package org.zhucun.leave.request;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The installation's limit on the range of one request: {@code maxCalendarDays}, the longest range it
 * may cover. The route's threshold (Art. 12: 3 working days, included) is a policy number per place
 * and year: {@code PolicyKey.LEAVE_TOWNSHIP_MAX_WORKING_DAYS} (POL-1).
 */
@ConfigurationProperties("zhucun.policy.leave")
public record LeavePolicy(@DefaultValue("60") int maxCalendarDays) {

	public LeavePolicy {
		if (maxCalendarDays < 1) {
			throw new IllegalArgumentException("zhucun.policy.leave: empty maximum range");
		}
	}

}
