package org.bigsociety.platform.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import org.bigsociety.platform.DemoContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads every module's {@link DemoContent} once per database. A transaction-level advisory lock keeps two nodes
 * starting together from loading it twice.
 */
@Component
@ConditionalOnProperty(name = "bigsociety.demo.enabled", havingValue = "true")
class DemoLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
	private static final long LOCK = 0x5ec1e7d0L;

	private final List<DemoContent> contents;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;

	DemoLoader(List<DemoContent> contents, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.contents = contents.stream().sorted(Comparator.comparingInt(DemoContent::order)).toList();
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void loadOnFirstStart() {
		for (DemoContent content : contents) {
			transactions.executeWithoutResult(status -> {
				jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", LOCK).query(Object.class).single();
				boolean loaded = jdbc.sql("SELECT count(*) FROM platform.demo_content WHERE name = :name")
					.param("name", content.name()).query(Long.class).single() > 0;
				if (loaded) {
					return;
				}
				log.info("Loading demo content: {}", content.name());
				content.load();
				jdbc.sql("INSERT INTO platform.demo_content (name, loaded_at) VALUES (:name, :at)")
					.param("name", content.name())
					.param("at", Timestamp.from(clock.instant()))
					.update();
			});
		}
	}
}
