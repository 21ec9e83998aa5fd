package org.bigsociety.record;

import java.time.Duration;

import org.bigsociety.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bigsociety.record.TestFact.fact;

/** Modules put facts on the record by publishing events in the transaction that decided them. */
@IntegrationTest
class RecordingEventsTests {

	private static final Duration DEADLINE = Duration.ofSeconds(20);

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PublicRecord record;

	@Autowired
	EventSerializer serializer;

	@Autowired
	JdbcClient jdbc;

	@Test
	void appendsAFactPublishedInACommittedTransaction() {
		TestFact fact = fact().summary("The parish council approved the allotment lease.");

		transactions.executeWithoutResult(status -> events.publishEvent(fact));

		RecordEntry entry = await().atMost(DEADLINE).until(() -> record.byReference(fact.reference()),
				found -> found.isPresent()).orElseThrow();
		assertThat(entry.summary()).isEqualTo(fact.summary());
		assertThat(entry.kind()).isEqualTo(fact.kind());
		assertThat(entry.area()).isEqualTo(fact.area());
	}

	@Test
	void appendsAFactPublishedTwiceOnce() {
		TestFact fact = fact();

		transactions.executeWithoutResult(status -> events.publishEvent(fact));
		await().atMost(DEADLINE).until(() -> completedPublications(fact) == 1);
		// Delivered again once the first has been handled, as a resubmission would. (Two equal events in flight at
		// the same instant can leave one publication incomplete in Spring Modulith, spring-modulith#1056; it is
		// completed when resubmitted, since appending a known reference succeeds.)
		transactions.executeWithoutResult(status -> events.publishEvent(fact));

		// Both deliveries complete (the second is not an error), and the record holds the reference once.
		await().atMost(DEADLINE).until(() -> completedPublications(fact) == 2);
		assertThat(jdbc.sql("SELECT count(*) FROM record.entry WHERE reference = :ref")
			.param("ref", fact.reference()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void neverAppendsAFactWhoseTransactionRolledBack() {
		TestFact rolledBack = fact();
		TestFact committed = fact();

		transactions.executeWithoutResult(status -> {
			events.publishEvent(rolledBack);
			status.setRollbackOnly();
		});
		transactions.executeWithoutResult(status -> events.publishEvent(committed));

		await().atMost(DEADLINE).until(() -> record.byReference(committed.reference()).isPresent());
		assertThat(record.byReference(rolledBack.reference())).isEmpty();
		assertThat(publications(rolledBack)).isZero();
	}

	@Test
	void eventPublicationRegistryCanStoreAndRestoreAFact() {
		TestFact fact = fact();

		Object stored = serializer.serialize(fact);

		assertThat(serializer.deserialize(stored, TestFact.class)).isEqualTo(fact);
	}

	private long completedPublications(TestFact fact) {
		return jdbc.sql("""
				SELECT count(*) FROM platform.event_publication
				WHERE serialized_event LIKE :ref AND completion_date IS NOT NULL
				""").param("ref", "%" + fact.reference() + "%").query(Long.class).single();
	}

	private long publications(TestFact fact) {
		return jdbc.sql("SELECT count(*) FROM platform.event_publication WHERE serialized_event LIKE :ref")
			.param("ref", "%" + fact.reference() + "%").query(Long.class).single();
	}
}
