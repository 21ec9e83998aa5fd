package org.bigsociety.timebank.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.bigsociety.record.PublicRecord;
import org.bigsociety.record.RecordEntry;
import org.bigsociety.timebank.TimeBankId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes each book's days: once a day (UK time) is over, its transfers are counted, their minutes summed and its
 * entries hashed in a canonical form, kept in {@code ledger_day} and published as a {@link DayClosed} fact on the
 * public record. Anyone can then ask for a day to be checked again ({@link #check}).
 *
 * <p>The canonical form of a day is the line {@code <time bank id>|<yyyy-mm-dd>} followed by one line per entry
 * posted that day, in entry order: {@code <entry id>|<transfer id>|<account id>|<counterparty account id>|<minutes,
 * signed>|<balance after>|<posted at, ISO-8601 UTC with six fractional digits>}, each line ending in a line feed,
 * encoded as UTF-8. The hash is its SHA-256 in lower-case hex. It covers numbers only: no names, no memos.
 */
@Component
public class DayClosings {

	private static final Logger log = LoggerFactory.getLogger(DayClosings.class);

	/** Days are the time banks' local days. */
	public static final ZoneId ZONE = ZoneId.of("Europe/London");

	/** A day is closed only this long after it ends, so no transaction that began in it is still committing. */
	static final Duration GRACE = Duration.ofMinutes(30);

	/** At most this many days per book in one run, so a long outage is caught up over a few runs. */
	static final int MAX_DAYS_PER_RUN = 400;

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final ApplicationEventPublisher events;
	private final PublicRecord record;
	private final Clock clock;

	DayClosings(JdbcClient jdbc, PlatformTransactionManager transactionManager, ApplicationEventPublisher events,
			PublicRecord record, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.events = events;
		this.record = record;
		this.clock = clock;
	}

	/** The last day that is over (with its grace) now. */
	public LocalDate lastClosableDay() {
		return clock.instant().minus(GRACE).atZone(ZONE).toLocalDate().minusDays(1);
	}

	/**
	 * Closes every book's days from the day after its last closed day (or the day it opened) up to
	 * {@link #lastClosableDay()}. Idempotent: a day is closed once. Returns how many days it closed.
	 */
	public int closeDueDays() {
		LocalDate last = lastClosableDay();
		List<TimeBankId> books = jdbc.sql("SELECT time_bank_id FROM timebank.ledger_book ORDER BY time_bank_id")
			.query((rs, n) -> new TimeBankId(rs.getLong(1)))
			.list();
		int closed = 0;
		for (TimeBankId bank : books) {
			LocalDate next = firstOpenDay(bank);
			for (int i = 0; i < MAX_DAYS_PER_RUN && !next.isAfter(last); i++, next = next.plusDays(1)) {
				if (close(bank, next).isPresent()) {
					closed++;
				}
			}
		}
		if (closed > 0) {
			log.info("Closed {} book days up to {}", closed, last);
		}
		return closed;
	}

	/**
	 * Closes one day of one book, if it is over and not closed yet, and publishes it to the public record.
	 *
	 * @return the fact published, or empty if the day was closed before
	 * @throws IllegalArgumentException if the day is not over yet, or the book has no such day
	 */
	public Optional<DayClosed> close(TimeBankId bank, LocalDate day) {
		if (day.isAfter(lastClosableDay())) {
			throw new IllegalArgumentException("Day " + day + " is not over yet");
		}
		return transactions.execute(status -> {
			Long area = jdbc.sql("SELECT area_id FROM timebank.ledger_book WHERE time_bank_id = :bank")
				.param("bank", bank.value())
				.query(Long.class)
				.optional()
				.orElseThrow(() -> new IllegalArgumentException("Time bank " + bank + " has no book"));
			Figures figures = figures(bank, day);
			int inserted = jdbc.sql("""
					INSERT INTO timebank.ledger_day (time_bank_id, day, transfers, minutes, entries_hash, closed_at)
					VALUES (:bank, :day, :transfers, :minutes, :hash, :at)
					ON CONFLICT (time_bank_id, day) DO NOTHING""")
				.param("bank", bank.value())
				.param("day", day)
				.param("transfers", figures.transfers())
				.param("minutes", figures.minutes())
				.param("hash", figures.hash())
				.param("at", clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
				.update();
			if (inserted == 0) {
				return Optional.<DayClosed>empty();
			}
			DayClosed fact = new DayClosed(new org.bigsociety.place.AreaId(area), bank, day, figures.transfers(),
					figures.minutes(), figures.hash());
			events.publishEvent(fact);
			return Optional.of(fact);
		});
	}

	/** Recomputes the day from its entries and compares it with what was recorded when it was closed. */
	public DayCheck check(TimeBankId bank, LocalDate day) {
		Figures now = figures(bank, day);
		record Recorded(long transfers, long minutes, String hash, Instant closedAt) {
		}
		Optional<Recorded> recorded = jdbc.sql("""
				SELECT transfers, minutes, entries_hash, closed_at FROM timebank.ledger_day
				 WHERE time_bank_id = :bank AND day = :day""")
			.param("bank", bank.value())
			.param("day", day)
			.query((rs, n) -> new Recorded(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class).toInstant()))
			.optional();
		String reference = "timebank/" + bank + "/day/" + day;
		Optional<RecordEntry> entry = record.byReference(reference);
		boolean onRecord = recorded.isPresent() && entry.isPresent()
				&& entry.get().summary().contains(DayClosed.fingerprint(recorded.get().hash()));
		return new DayCheck(bank, day, recorded.map(Recorded::closedAt).orElse(null),
				recorded.map(Recorded::transfers).orElse(null), recorded.map(Recorded::minutes).orElse(null),
				recorded.map(Recorded::hash).orElse(null), now.transfers(), now.minutes(), now.hash(),
				recorded.isPresent() && recorded.get().hash().equals(now.hash()), entry.map(RecordEntry::seq).orElse(null),
				onRecord);
	}

	record Figures(long transfers, long minutes, String hash) {
	}

	/** Counts, sums and hashes the day's entries in entry order, streaming them. */
	Figures figures(TimeBankId bank, LocalDate day) {
		MessageDigest digest = sha256();
		digest.update((bank.value() + "|" + day + "\n").getBytes(StandardCharsets.UTF_8));
		long[] totals = new long[2];
		jdbc.sql("""
				SELECT id, transfer_id, account_id, counterparty_account, minutes, balance_after, posted_at
				  FROM timebank.ledger_entry
				 WHERE time_bank_id = :bank AND posted_at >= :start AND posted_at < :end
				 ORDER BY id""")
			.param("bank", bank.value())
			.param("start", day.atStartOfDay(ZONE).toOffsetDateTime())
			.param("end", day.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime())
			.query(rs -> {
				long minutes = rs.getLong(5);
				if (minutes > 0) {
					totals[0]++;
					totals[1] += minutes;
				}
				String line = canonicalLine(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), minutes,
						rs.getLong(6), rs.getObject(7, OffsetDateTime.class).toInstant());
				digest.update(line.getBytes(StandardCharsets.UTF_8));
			});
		return new Figures(totals[0], totals[1], HexFormat.of().formatHex(digest.digest()));
	}

	/** One entry in the canonical form, with its line feed. */
	public static String canonicalLine(long entry, long transfer, long account, long counterparty, long minutes,
			long balanceAfter, Instant postedAt) {
		return entry + "|" + transfer + "|" + account + "|" + counterparty + "|" + minutes + "|" + balanceAfter + "|"
				+ RecordEntry.timestamp(postedAt) + "\n";
	}

	private LocalDate firstOpenDay(TimeBankId bank) {
		return jdbc.sql("""
				SELECT coalesce((SELECT max(day) + 1 FROM timebank.ledger_day WHERE time_bank_id = :bank),
				                (SELECT (opened_at AT TIME ZONE 'Europe/London')::date
				                   FROM timebank.ledger_book WHERE time_bank_id = :bank))""")
			.param("bank", bank.value())
			.query(LocalDate.class)
			.single();
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}
}
