package org.zhucun.identity.password;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PasswordPolicyRepository extends JpaRepository<PasswordPolicy, Integer> {

	default PasswordPolicy current() {
		return findById(1).orElseGet(PasswordPolicy::defaults);
	}

}
