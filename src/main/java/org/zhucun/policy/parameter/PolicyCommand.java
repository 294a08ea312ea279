package org.zhucun.policy.parameter;

import org.zhucun.policy.PolicyKey;

/** A department sets a policy number for its place from a year on, with a reason (POL-1). */
public record PolicyCommand(String place, PolicyKey key, Integer fromYear, Integer value, String reason) {
}
