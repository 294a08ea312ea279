package org.zhucun.common.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PostgreSQL only: the configured server when {@code zhucun.db.url} is set, otherwise an embedded
 * server so that a newcomer needs nothing installed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
public class DatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnExpression("!'${zhucun.db.url:}'.isEmpty()")
	static class External {

		@Bean
		DataSource dataSource(DatabaseProperties db) {
			log.info("Using the PostgreSQL server configured in zhucun.db.url");
			return hikari(db.url(), db.user(), db.password(), db.schema());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnExpression("'${zhucun.db.url:}'.isEmpty()")
	static class Embedded {

		@Bean(destroyMethod = "close")
		EmbeddedPostgres embeddedPostgres(DatabaseProperties db) throws IOException {
			Path dir = Path.of(db.embedded().dataDir()).toAbsolutePath().normalize();
			try {
				Files.createDirectories(dir);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot create the embedded database directory " + dir, ex);
			}
			log.info("No zhucun.db.url configured: starting embedded PostgreSQL with its data in {}", dir);
			return EmbeddedPostgres.builder()
				.setDataDirectory(dir)
				.setCleanDataDirectory(db.embedded().clean())
				.setPort(db.embedded().port())
				.start();
		}

		@Bean
		DataSource dataSource(EmbeddedPostgres postgres, DatabaseProperties db) {
			return hikari(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null, db.schema());
		}

	}

	static HikariDataSource hikari(String url, String user, String password, String schema) {
		HikariDataSource ds = new HikariDataSource();
		if (schema != null && !schema.isBlank()) {
			ds.setSchema(schema);
		}
		ds.setJdbcUrl(url);
		ds.setUsername(user);
		ds.setPassword(password);
		ds.setPoolName("zhucun");
		ds.setMaximumPoolSize(10);
		return ds;
	}

}
