package org.bigsociety.timebank.ledger;

import java.time.Duration;
import java.time.LocalDate;

import org.bigsociety.IntegrationTest;
import org.bigsociety.TestClock;
import org.bigsociety.record.PublicRecord;
import org.bigsociety.record.RecordEntry;
import org.bigsociety.timebank.Minutes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Each book closes each day onto the public record, and anyone can have a day checked against its entries. */
@IntegrationTest
class DayClosingTests {

	@Autowired
	Ledger ledger;

	@Autowired
	DayClosings days;

	@Autowired
	PublicRecord record;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void closesADayOnceWithItsTransfersMinutesAndHashOnThePublicRecord() throws Exception {
		LedgerFixtures fixtures = new LedgerFixtures(ledger);
		Book book = fixtures.book();
		Account ann = fixtures.member(book);
		Account bob = fixtures.member(book);
		ledger.transfer(fixtures.pay(ann, bob, Minutes.of(45)));
		LocalDate today = clock.instant().atZone(DayClosings.ZONE).toLocalDate();

		assertThatThrownBy(() -> days.close(book.bank(), today)).isInstanceOf(IllegalArgumentException.class);
		clock.advance(Duration.ofDays(1).plusHours(1));
		DayClosed closed = days.close(book.bank(), today).orElseThrow();

		// Two starting gifts (60 minutes each) and the transfer.
		assertThat(closed.transfers()).isEqualTo(3);
		assertThat(closed.minutes()).isEqualTo(60 + 60 + 45);
		assertThat(closed.reference()).isEqualTo("timebank/" + book.bank() + "/day/" + today);
		assertThat(days.close(book.bank(), today)).isEmpty();
		RecordEntry entry = await().atMost(Duration.ofSeconds(20))
			.until(() -> record.byReference(closed.reference()), found -> found.isPresent())
			.orElseThrow();
		assertThat(entry.kind()).isEqualTo("timebank.day-closed");
		assertThat(entry.summary()).contains("3 transfers", DayClosed.fingerprint(closed.entriesHash()));

		mvc.perform(get("/api/v1/timebanks/{bank}/days/{day}", book.bank().value(), today))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.closed").value(true))
			.andExpect(jsonPath("$.matches").value(true))
			.andExpect(jsonPath("$.onRecord").value(true))
			.andExpect(jsonPath("$.recorded.entriesHash").value(closed.entriesHash()))
			.andExpect(jsonPath("$.recomputed.transfers").value(3))
			.andExpect(jsonPath("$.recordEntry").value(entry.seq()));
	}

	@Test
	void hashesTheDocumentedCanonicalForm() {
		LedgerFixtures fixtures = new LedgerFixtures(ledger);
		Book book = fixtures.book();
		Account ann = fixtures.member(book);
		LocalDate today = clock.instant().atZone(DayClosings.ZONE).toLocalDate();
		Statement statement = ledger.statement(ann.id(), clock.instant().minus(Duration.ofDays(1)),
				clock.instant().plus(Duration.ofDays(1)));
		StatementLine gift = statement.lines().get(0);
		long potEntry = jdbc.sql("SELECT id FROM timebank.ledger_entry WHERE transfer_id = :t AND minutes < 0")
			.param("t", gift.transfer().value())
			.query(Long.class)
			.single();

		String canonical = book.bank() + "|" + today + "\n"
				+ DayClosings.canonicalLine(potEntry, gift.transfer().value(), book.pot().value(), ann.id().value(), -60,
						-60, gift.at())
				+ DayClosings.canonicalLine(gift.entry(), gift.transfer().value(), ann.id().value(), book.pot().value(),
						60, 60, gift.at());

		assertThat(days.check(book.bank(), today).hash()).isEqualTo(Fingerprint.sha256(canonical));
	}

	@Test
	void closesEveryDayMissedWhileDown() {
		LedgerFixtures fixtures = new LedgerFixtures(ledger);
		Book book = fixtures.book();
		fixtures.member(book);
		LocalDate opened = clock.instant().atZone(DayClosings.ZONE).toLocalDate();

		clock.advance(Duration.ofDays(3).plusHours(1));
		days.closeDueDays();

		assertThat(jdbc.sql("SELECT day FROM timebank.ledger_day WHERE time_bank_id = :bank ORDER BY day")
			.param("bank", book.bank().value())
			.query(LocalDate.class)
			.list()).containsExactly(opened, opened.plusDays(1), opened.plusDays(2));
		assertThat(days.check(book.bank(), opened.plusDays(1)).transfers()).isZero();
		assertThat(days.check(book.bank(), opened.plusDays(1)).matches()).isTrue();
	}

	@Test
	void saysWhenADaysEntriesNoLongerMatchTheRecordedHash() {
		LedgerFixtures fixtures = new LedgerFixtures(ledger);
		Book book = fixtures.book();
		Account ann = fixtures.member(book);
		LocalDate today = clock.instant().atZone(DayClosings.ZONE).toLocalDate();
		clock.advance(Duration.ofDays(1).plusHours(1));
		days.close(book.bank(), today);

		// Someone with the database's superuser rewrites history behind the triggers' back.
		transactions.executeWithoutResult(status -> {
			jdbc.sql("SET LOCAL session_replication_role = replica").update();
			jdbc.sql("UPDATE timebank.ledger_entry SET balance_after = 600 WHERE account_id = :account")
				.param("account", ann.id().value())
				.update();
		});

		DayCheck check = days.check(book.bank(), today);
		assertThat(check.matches()).isFalse();
		assertThat(check.transfers()).isEqualTo(check.recordedTransfers());
	}
}
