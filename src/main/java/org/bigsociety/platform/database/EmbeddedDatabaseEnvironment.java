package org.bigsociety.platform.database;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * With no {@code spring.datasource.url}, starts a real PostgreSQL with its data under {@code ./data/} and points the
 * application at it. With a URL set, does nothing: the operator's server is used and no demo data is loaded unless
 * {@code bigsociety.demo.enabled=true}.
 */
class EmbeddedDatabaseEnvironment implements EnvironmentPostProcessor {

	static final String DATA_DIR = "bigsociety.embedded.data-dir";
	static final String CLEAN = "bigsociety.embedded.clean";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			return;
		}
		Path dataDir = Path.of(environment.getProperty(DATA_DIR, "data/postgres"));
		boolean clean = environment.getProperty(CLEAN, Boolean.class, false);
		EmbeddedPostgres postgres = EmbeddedPostgresLauncher.start(dataDir, clean);

		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
		properties.put("spring.datasource.username", "postgres");
		properties.put("spring.datasource.password", "");
		properties.put("bigsociety.embedded.active", "true");
		environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", properties));
		// The demo area loads by default only on the embedded database; operators opt in on their own server.
		environment.getPropertySources().addLast(new MapPropertySource("embeddedDefaults",
				Map.of("bigsociety.demo.enabled", "true", "bigsociety.mail.outbox", "true")));
	}
}
