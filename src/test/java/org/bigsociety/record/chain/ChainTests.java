package org.bigsociety.record.chain;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bigsociety.IntegrationTest;
import org.bigsociety.record.PublicRecord;
import org.bigsociety.record.RecordEntry;
import org.bigsociety.record.TestFact;
import org.bigsociety.record.Verification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bigsociety.record.TestFact.fact;

@IntegrationTest
class ChainTests {

	@Autowired
	Chain chain;

	@Autowired
	PublicRecord record;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void appendsEachFactToTheEndOfAValidChain() {
		RecordEntry first = chain.append(fact().summary("The council agreed the budget."));
		RecordEntry second = chain.append(fact().kind("budget.spent").in(2));

		assertThat(second.seq()).isGreaterThan(first.seq());
		assertThat(record.entry(first.seq())).contains(first);
		assertThat(record.entry(second.seq())).contains(second);
		assertThat(first.hash()).isEqualTo(Chain.sha256(first.canonicalForm())).hasSize(64);
		RecordEntry beforeSecond = record.entry(second.seq() - 1).orElseThrow();
		assertThat(second.previousHash()).isEqualTo(beforeSecond.hash());
		assertThat(record.verify().valid()).isTrue();
	}

	@Test
	void startsTheChainFromTheGenesisHash() {
		chain.append(fact());
		RecordEntry firstEver = record.entry(1).orElseThrow();
		assertThat(firstEver.previousHash()).isEqualTo("0".repeat(64));
	}

	@Test
	void appendsAReferenceOnlyOnce() {
		TestFact fact = fact();
		RecordEntry first = chain.append(fact);
		RecordEntry again = chain.append(fact.summary("A different telling of the same fact."));

		assertThat(again).isEqualTo(first);
		assertThat(jdbc.sql("SELECT count(*) FROM record.entry WHERE reference = :ref")
			.param("ref", fact.reference()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void refusesPersonalData() {
		for (String summary : new String[] { "Contact jo.bloggs@example.org for details.",
				"Ring 07700 900123 to volunteer.", "Call +44 (0)20 7946 0018 today.", "Phone (020) 7946 0018." }) {
			TestFact fact = fact().summary(summary);
			assertThatIllegalArgumentException().isThrownBy(() -> chain.append(fact))
				.withMessageContaining("personal data");
			assertThat(record.byReference(fact.reference())).isEmpty();
		}
	}

	@Test
	void refusesMalformedFacts() {
		for (TestFact fact : List.of(fact().kind("Petition.Responded"), fact().kind("petition"),
				fact().kind("petition.responded."), fact().summary(""), fact().summary("x".repeat(501)),
				fact().summary("Two\nlines"), fact().reference("r".repeat(201)))) {
			assertThatIllegalArgumentException().isThrownBy(() -> chain.append(fact));
			assertThat(record.byReference(fact.reference())).isEmpty();
		}
	}

	@Test
	void acceptsOrdinaryNumbersAndDatesInSummaries() {
		RecordEntry entry = chain.append(fact().summary(
				"Grant 2026-03-27/0042 of £12,500.00 paid on 27 March 2026 to group 123456789."));
		assertThat(entry.summary()).contains("£12,500.00");
	}

	@Test
	void databaseRefusesToUpdateOrDeleteEntries() {
		RecordEntry entry = chain.append(fact());

		assertThatThrownBy(() -> jdbc.sql("UPDATE record.entry SET summary = 'rewritten' WHERE seq = :seq")
			.param("seq", entry.seq()).update()).rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM record.entry WHERE seq = :seq")
			.param("seq", entry.seq()).update()).rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("TRUNCATE record.entry").update()).rootCause().hasMessageContaining("append-only");

		assertThat(record.entry(entry.seq())).contains(entry);
	}

	@Test
	void databaseRefusesAnEntryThatDoesNotExtendTheChain() {
		RecordEntry last = chain.append(fact());
		assertThatThrownBy(() -> jdbc.sql("""
				INSERT INTO record.entry (seq, recorded_at, area_id, kind, summary, reference, previous_hash, hash)
				VALUES (:seq, now(), 1, 'test.forged', 'Forged', :ref, :previous, :previous)
				""").param("seq", last.seq() + 5).param("ref", "forged/" + last.seq())
			.param("previous", last.hash()).update()).rootCause().hasMessageContaining("extend the chain");
	}

	@Test
	void verificationFindsATamperedEntry() {
		RecordEntry entry = chain.append(fact().summary("The original summary."));
		chain.append(fact());
		try {
			tamper(entry.seq(), "A rewritten summary.");

			Verification verification = record.verify();
			assertThat(verification.valid()).isFalse();
			assertThat(verification.firstBrokenAt()).isEqualTo(entry.seq());
			assertThat(verification.reason()).isEqualTo(Verification.HASH_MISMATCH);
		}
		finally {
			tamper(entry.seq(), entry.summary());
		}
		assertThat(record.verify().valid()).isTrue();
	}

	@Test
	void verificationFindsABrokenLink() {
		RecordEntry entry = chain.append(fact());
		try {
			behindTheTriggers(() -> jdbc.sql("UPDATE record.entry SET previous_hash = :forged WHERE seq = :seq")
				.param("forged", "f".repeat(64)).param("seq", entry.seq()).update());

			Verification verification = record.verify();
			assertThat(verification.valid()).isFalse();
			assertThat(verification.firstBrokenAt()).isEqualTo(entry.seq());
			assertThat(verification.reason()).isEqualTo(Verification.LINK_BROKEN);
		}
		finally {
			behindTheTriggers(() -> jdbc.sql("UPDATE record.entry SET previous_hash = :previous WHERE seq = :seq")
				.param("previous", entry.previousHash()).param("seq", entry.seq()).update());
		}
		assertThat(record.verify().valid()).isTrue();
	}

	@Test
	void verificationFindsARemovedEntry() {
		RecordEntry removed = chain.append(fact());
		RecordEntry next = chain.append(fact());
		try {
			behindTheTriggers(() -> jdbc.sql("DELETE FROM record.entry WHERE seq = :seq")
				.param("seq", removed.seq()).update());

			Verification verification = record.verify();
			assertThat(verification.valid()).isFalse();
			assertThat(verification.firstBrokenAt()).isEqualTo(next.seq());
			assertThat(verification.reason()).isEqualTo(Verification.SEQUENCE_GAP);
		}
		finally {
			behindTheTriggers(() -> jdbc.sql("""
					INSERT INTO record.entry (seq, recorded_at, area_id, kind, summary, reference, previous_hash, hash)
					VALUES (:seq, :recordedAt, :area, :kind, :summary, :reference, :previousHash, :hash)
					ON CONFLICT DO NOTHING
					""")
				.param("seq", removed.seq())
				.param("recordedAt", removed.recordedAt().atOffset(ZoneOffset.UTC))
				.param("area", removed.area().value())
				.param("kind", removed.kind())
				.param("summary", removed.summary())
				.param("reference", removed.reference())
				.param("previousHash", removed.previousHash())
				.param("hash", removed.hash())
				.update());
		}
		assertThat(record.entry(removed.seq())).contains(removed);
		assertThat(record.verify().valid()).isTrue();
	}

	/** Changes a row behind the triggers' back, as someone with full access to the database could. */
	private void tamper(long seq, String summary) {
		behindTheTriggers(() -> jdbc.sql("UPDATE record.entry SET summary = :summary WHERE seq = :seq")
			.param("summary", summary).param("seq", seq).update());
	}

	/** Runs a statement with the triggers off, for this transaction only (the embedded database runs as superuser). */
	private void behindTheTriggers(Runnable statement) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("SET LOCAL session_replication_role = replica").update();
			statement.run();
		});
	}

	@Test
	void concurrentAppendsFormOneGaplessChain() throws Exception {
		int threads = 8;
		int perThread = 50;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Callable<List<RecordEntry>>> work = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				work.add(() -> {
					List<RecordEntry> appended = new ArrayList<>();
					for (int i = 0; i < perThread; i++) {
						appended.add(chain.append(fact().kind("test.concurrent")));
					}
					return appended;
				});
			}
			List<Long> seqs = new ArrayList<>();
			for (Future<List<RecordEntry>> result : pool.invokeAll(work)) {
				result.get().forEach(entry -> seqs.add(entry.seq()));
			}
			assertThat(seqs).hasSize(threads * perThread).doesNotHaveDuplicates();
		}
		finally {
			pool.shutdown();
		}
		Verification verification = record.verify();
		assertThat(verification.valid()).isTrue();
		assertThat(jdbc.sql("SELECT count(*) = max(seq) FROM record.entry").query(Boolean.class).single()).isTrue();
	}
}
