package org.reassure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Creates the folder of the embedded database file before anything opens it: SQLite creates the
 * file but not its folder.
 */
class DataDirectory implements EnvironmentPostProcessor {

	private static final String SQLITE = "jdbc:sqlite:";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = environment.getProperty("spring.datasource.url", "");
		if (!url.startsWith(SQLITE) || url.contains(":memory:")) {
			return;
		}
		String file = url.substring(SQLITE.length()).split("\\?", 2)[0];
		Path parent = Path.of(file).toAbsolutePath().getParent();
		try {
			Files.createDirectories(parent);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot create the database folder " + parent, e);
		}
	}
}
