package org.bigsociety.record.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

import org.bigsociety.record.PublicFact;
import org.bigsociety.record.RecordEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends facts to the end of the hash chain. Appends are serialised by a transaction-scoped advisory lock, so each
 * entry is numbered one more than the last and links to its hash: the chain has no gaps and never forks. Appending a
 * reference that is already on the record returns the entry it became, so redelivered events are harmless.
 */
@Component
class Chain {

	private static final Logger log = LoggerFactory.getLogger(Chain.class);

	/** The advisory lock key held while appending: "record" in ASCII. */
	static final long APPEND_LOCK = 0x7265636f7264L;

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;

	Chain(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** Appends the fact, or returns the entry its reference already has; joins the caller's transaction if any. */
	RecordEntry append(PublicFact fact) {
		FactRules.requireRecordable(fact);
		return transactions.execute(status -> {
			jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", APPEND_LOCK).query((rs, row) -> 1).list();
			Optional<RecordEntry> existing = Entries.byReference(jdbc, fact.reference());
			if (existing.isPresent()) {
				warnIfDifferent(existing.get(), fact);
				return existing.get();
			}
			Optional<RecordEntry> last = Entries.latest(jdbc);
			long seq = last.map(entry -> entry.seq() + 1).orElse(1L);
			String previousHash = last.map(RecordEntry::hash).orElse(RecordEntry.GENESIS_HASH);
			// Postgres keeps microseconds: truncate first so the hash is over exactly what is stored.
			Instant recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
			String hash = sha256(RecordEntry.canonicalForm(seq, recordedAt, fact.area(), fact.kind(), fact.summary(),
					fact.reference(), previousHash));
			jdbc.sql("""
					INSERT INTO record.entry (seq, recorded_at, area_id, kind, summary, reference, previous_hash, hash)
					VALUES (:seq, :recordedAt, :area, :kind, :summary, :reference, :previousHash, :hash)
					""")
				.param("seq", seq)
				.param("recordedAt", recordedAt.atOffset(ZoneOffset.UTC))
				.param("area", fact.area().value())
				.param("kind", fact.kind())
				.param("summary", fact.summary())
				.param("reference", fact.reference())
				.param("previousHash", previousHash)
				.param("hash", hash)
				.update();
			return new RecordEntry(seq, recordedAt, fact.area(), fact.kind(), fact.summary(), fact.reference(),
					previousHash, hash);
		});
	}

	private static void warnIfDifferent(RecordEntry entry, PublicFact fact) {
		if (entry.area().equals(fact.area()) && entry.kind().equals(fact.kind())
				&& entry.summary().equals(fact.summary())) {
			return;
		}
		log.warn("A fact with reference {} is already on the record as entry {} with different content; "
				+ "the record keeps the first", fact.reference(), entry.seq());
	}

	/** SHA-256 of the UTF-8 bytes, as 64 lower-case hex digits. */
	static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}
}
