package org.bigsociety.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Migrates each module's own Postgres schema from its own folder, {@code db/migration/<module>}, with its own Flyway
 * history, so modules evolve independently. It takes the place of Spring Boot's single migration, so Boot still
 * makes everything that touches the database wait for it.
 */
@Component
class ModuleMigrations implements FlywayMigrationStrategy {

	private static final Logger log = LoggerFactory.getLogger(ModuleMigrations.class);
	private static final String ROOT = "db/migration/";

	@Override
	public void migrate(Flyway configured) {
		DataSource dataSource = configured.getConfiguration().getDataSource();
		for (String module : modules()) {
			var result = Flyway.configure()
				.dataSource(dataSource)
				.schemas(module)
				.createSchemas(true)
				.locations("classpath:" + ROOT + module)
				.load()
				.migrate();
			if (result.migrationsExecuted > 0) {
				log.info("Migrated schema {} to version {}", module, result.targetSchemaVersion);
			}
		}
	}

	/** The platform's own schema first, then every other module in name order. */
	static List<String> modules() {
		try {
			Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "*/*.sql");
			TreeSet<String> names = new TreeSet<>();
			for (Resource script : scripts) {
				String url = script.getURL().toString();
				String folder = url.substring(0, url.lastIndexOf('/'));
				names.add(folder.substring(folder.lastIndexOf('/') + 1));
			}
			List<String> ordered = new ArrayList<>();
			if (names.remove("platform")) {
				ordered.add("platform");
			}
			ordered.addAll(names);
			return ordered;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
