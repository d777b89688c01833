package org.reassure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test application context a database of its own on the engine the build chose
 * ({@code -Dreassure.test.db=sqlite|postgres}): a fresh SQLite file, or a fresh schema in the
 * PostgreSQL database {@code test} on 127.0.0.1:5432. Inactive outside the test run.
 */
public class TestDatabase implements EnvironmentPostProcessor {

	public static final String ENGINE = "reassure.test.db";
	public static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String engine = System.getProperty(ENGINE);
		if (engine == null || environment.containsProperty("reassure.test.keep-database")) {
			return;
		}
		Map<String, Object> properties = new HashMap<>();
		if (engine.equals("postgres")) {
			String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
			properties.put("spring.datasource.url", POSTGRES_URL + "?currentSchema=" + schema);
			properties.put("spring.datasource.username", System.getProperty("reassure.test.db.user", "postgres"));
			properties.put("spring.datasource.password", "");
			properties.put("spring.flyway.schemas", schema);
			properties.put("spring.flyway.create-schemas", true);
		}
		else {
			properties.put("spring.datasource.url", sqliteUrl());
		}
		properties.put("reassure.admin-password", "admin-password-for-tests");
		environment.getPropertySources().addFirst(new MapPropertySource("reassure-test-database", properties));
	}

	/**
	 * Arguments that give several application contexts one database of their own, kept between them: a SQLite file
	 * in {@code dataDir}, or a fresh PostgreSQL schema named after {@code prefix}.
	 */
	public static List<String> sharedBy(String prefix, Path dataDir) {
		List<String> arguments = new ArrayList<>(List.of("--reassure.data-dir=" + dataDir, "--reassure.test.keep-database=true"));
		if (onPostgres()) {
			String schema = prefix + "_" + Long.toHexString(System.nanoTime());
			arguments.add("--spring.datasource.url=" + POSTGRES_URL + "?currentSchema=" + schema);
			arguments.add("--spring.datasource.username=postgres");
			arguments.add("--spring.flyway.schemas=" + schema);
			arguments.add("--spring.flyway.create-schemas=true");
		}
		return arguments;
	}

	public static boolean onPostgres() {
		return "postgres".equals(System.getProperty(ENGINE));
	}

	private static String sqliteUrl() {
		try {
			Path folder = Files.createTempDirectory("reassure-test-");
			return "jdbc:sqlite:" + folder.resolve("reassure.db")
					+ "?journal_mode=WAL&synchronous=FULL&busy_timeout=30000&foreign_keys=true&transaction_mode=IMMEDIATE&wal_autocheckpoint=10000";
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
