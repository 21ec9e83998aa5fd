package org.bigsociety.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts one real PostgreSQL per data directory and JVM, so several Spring contexts in one test run share it.
 */
final class EmbeddedPostgresLauncher {

	private static final Map<Path, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

	private EmbeddedPostgresLauncher() {
	}

	static EmbeddedPostgres start(Path dataDirectory, boolean clean) {
		Path key = dataDirectory.toAbsolutePath().normalize();
		return RUNNING.computeIfAbsent(key, dir -> launch(dir, clean));
	}

	private static EmbeddedPostgres launch(Path dir, boolean clean) {
		try {
			if (clean) {
				deleteRecursively(dir);
			}
			Files.createDirectories(dir);
			return EmbeddedPostgres.builder()
				.setDataDirectory(dir)
				.setCleanDataDirectory(clean)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("max_connections", "200")
				.setServerConfig("fsync", clean ? "off" : "on")
				.setLocaleConfig("locale", "C.UTF-8")
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dir + ": " + ex.getMessage(), ex);
		}
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (var paths = Files.walk(dir)) {
			for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}
