package org.zhucun;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** Tests start from an empty schema: drop what an earlier run left, then migrate. */
@Configuration(proxyBeanMethods = false)
@Profile("test")
class TestDatabaseReset {

	@Bean
	FlywayMigrationStrategy cleanThenMigrate() {
		return flyway -> {
			flyway.clean();
			flyway.migrate();
		};
	}

}
