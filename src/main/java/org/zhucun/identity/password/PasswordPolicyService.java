package org.zhucun.identity.password;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.InvalidInputException;

/** SEC-2: the security administrator sets the password policy, within the bounds the database also enforces. */
@Service
@Transactional
public class PasswordPolicyService {

	private final PasswordPolicyRepository policies;

	PasswordPolicyService(PasswordPolicyRepository policies) {
		this.policies = policies;
	}

	public PasswordPolicy update(PolicyValues values) {
		check("minLength", values.minLength(), 8, 64);
		check("minClasses", values.minClasses(), 1, 4);
		check("historySize", values.historySize(), 0, 24);
		check("maxAgeDays", values.maxAgeDays(), 0, 3650);
		check("lockoutThreshold", values.lockoutThreshold(), 3, 20);
		check("lockoutMinutes", values.lockoutMinutes(), 1, 1440);
		PasswordPolicy policy = policies.findById(1).orElseThrow();
		if (values.version() != null && values.version() != policy.getVersion()) {
			throw new ConflictException("error.staleEdit");
		}
		policy.update(new PasswordPolicy(values.minLength(), values.minClasses(), values.historySize(),
				values.maxAgeDays(), values.lockoutThreshold(), values.lockoutMinutes()));
		return policy;
	}

	private static void check(String field, Integer value, int min, int max) {
		if (value == null) {
			throw new InvalidInputException(field, "validation.required");
		}
		if (value < min || value > max) {
			throw new InvalidInputException(field, "policy.error.range", min, max);
		}
	}

	/** The numbers of the policy as a form or the API sends them. */
	public record PolicyValues(Integer minLength, Integer minClasses, Integer historySize, Integer maxAgeDays,
			Integer lockoutThreshold, Integer lockoutMinutes, Long version) {

		public static PolicyValues of(PasswordPolicy p) {
			return new PolicyValues(p.getMinLength(), p.getMinClasses(), p.getHistorySize(), p.getMaxAgeDays(),
					p.getLockoutThreshold(), p.getLockoutMinutes(), p.getVersion());
		}

	}

}
