package org.zhucun.common.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the database is. With {@code zhucun.db.url} (environment: {@code ZHUCUN_DB_URL},
 * {@code ZHUCUN_DB_USER}, {@code ZHUCUN_DB_PASSWORD}) the system connects to that PostgreSQL
 * server; without it, it starts an embedded PostgreSQL whose data lives in
 * {@code zhucun.db.embedded.data-dir} (default {@code ./data/postgres}). {@code zhucun.db.schema}
 * (optional) puts the tables in a schema of their own.
 */
@ConfigurationProperties("zhucun.db")
public record DatabaseProperties(String url, String user, String password, String schema, Embedded embedded) {

	public DatabaseProperties {
		embedded = embedded == null ? new Embedded(null, false, 0) : embedded;
	}

	/**
	 * The embedded server: its data directory, whether to wipe it at start (tests only) and its
	 * port (0: any free port).
	 */
	public record Embedded(String dataDir, boolean clean, int port) {

		public Embedded {
			dataDir = dataDir == null || dataDir.isBlank() ? "./data/postgres" : dataDir;
		}

	}

}
