package org.bigsociety.timebank.ledger;

import org.bigsociety.IntegrationTest;
import org.bigsociety.timebank.Minutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database itself refuses to rewrite the ledger, even for code that gets past the ledger's own checks. */
@IntegrationTest
class AppendOnlyTests {

	@Autowired
	Ledger ledger;

	@Autowired
	JdbcClient jdbc;

	@Test
	void refusesToUpdateOrDeleteEntriesAndTransfers() {
		LedgerFixtures fixtures = new LedgerFixtures(ledger);
		Book book = fixtures.book();
		Account ann = fixtures.member(book);
		Account bob = fixtures.member(book);
		Transfer transfer = ledger.transfer(fixtures.pay(ann, bob, Minutes.of(10)));
		long id = transfer.id().value();

		assertRefused("UPDATE timebank.ledger_entry SET minutes = minutes * 2 WHERE transfer_id = " + id);
		assertRefused("DELETE FROM timebank.ledger_entry WHERE transfer_id = " + id);
		assertRefused("UPDATE timebank.ledger_transfer SET minutes = 1 WHERE id = " + id);
		assertRefused("UPDATE timebank.ledger_transfer SET memo = 'Something else' WHERE id = " + id);
		assertRefused("DELETE FROM timebank.ledger_transfer WHERE id = " + id);
		assertRefused("DELETE FROM timebank.ledger_request WHERE time_bank_id = " + book.bank().value());
		assertRefused("TRUNCATE timebank.ledger_entry");

		assertThat(ledger.findTransfer(transfer.id()).orElseThrow().amount()).isEqualTo(Minutes.of(10));
	}

	@Test
	void letsAMemoBeErasedAndNothingElse() {
		LedgerFixtures fixtures = new LedgerFixtures(ledger);
		Book book = fixtures.book();
		Account ann = fixtures.member(book);
		Account bob = fixtures.member(book);
		Transfer transfer = ledger.transfer(fixtures.pay(ann, bob, Minutes.of(10)));

		jdbc.sql("UPDATE timebank.ledger_transfer SET memo = NULL WHERE id = :id").param("id", transfer.id().value()).update();

		assertThat(ledger.findTransfer(transfer.id()).orElseThrow().memo()).isNull();
	}

	@Test
	void refusesABalanceOutsideItsLimitsWrittenBehindTheLedgersBack() {
		LedgerFixtures fixtures = new LedgerFixtures(ledger);
		Account ann = fixtures.member(fixtures.book());

		assertRefused("UPDATE timebank.ledger_account SET balance_minutes = -301 WHERE id = " + ann.id().value());
		assertRefused("UPDATE timebank.ledger_account SET balance_minutes = 601 WHERE id = " + ann.id().value());
	}

	@Test
	void refusesAnEntryWithoutItsOtherHalf() {
		LedgerFixtures fixtures = new LedgerFixtures(ledger);
		Book book = fixtures.book();
		Account ann = fixtures.member(book);
		Account bob = fixtures.member(book);
		Transfer transfer = ledger.transfer(fixtures.pay(ann, bob, Minutes.of(10)));

		assertRefused("INSERT INTO timebank.ledger_entry (transfer_id, time_bank_id, account_id, counterparty_account,"
				+ " minutes, balance_after, posted_at) VALUES (" + transfer.id().value() + ", " + book.bank().value()
				+ ", " + ann.id().value() + ", " + bob.id().value() + ", -10, 0, now())");
	}

	@Test
	void refusesEntriesOfATransferThatDoesNotExist() {
		LedgerFixtures fixtures = new LedgerFixtures(ledger);
		Book book = fixtures.book();
		Account ann = fixtures.member(book);
		Account bob = fixtures.member(book);

		assertRefused(entries(999_999_999_999L, book, ann, bob, 10));
	}

	@Test
	void refusesASecondPairOfEntriesForATransfer() {
		LedgerFixtures fixtures = new LedgerFixtures(ledger);
		Book book = fixtures.book();
		Account ann = fixtures.member(book);
		Account bob = fixtures.member(book);
		Transfer transfer = ledger.transfer(fixtures.pay(ann, bob, Minutes.of(10)));

		assertRefused(entries(transfer.id().value(), book, ann, bob, 10));
	}

	@Test
	void refusesEntriesThatDoNotMatchTheirTransfer() {
		LedgerFixtures fixtures = new LedgerFixtures(ledger);
		Book book = fixtures.book();
		Account ann = fixtures.member(book);
		Account bob = fixtures.member(book);
		Account cat = fixtures.member(book);
		Transfer transfer = ledger.transfer(fixtures.pay(ann, bob, Minutes.of(10)));
		long request = jdbc.sql("SELECT request_id FROM timebank.ledger_transfer WHERE id = :id")
			.param("id", transfer.id().value())
			.query(Long.class)
			.single();
		long bank = book.bank().value();

		// A new transfer from Ann to Bob whose entries pay Cat, in one statement.
		assertRefused("WITH t AS (INSERT INTO timebank.ledger_transfer (time_bank_id, request_id, kind, from_account,"
				+ " to_account, minutes, recorded_at) VALUES (" + bank + ", " + request + ", 'TRANSFER', "
				+ ann.id().value() + ", " + bob.id().value() + ", 10, now()) RETURNING id)"
				+ " INSERT INTO timebank.ledger_entry (transfer_id, time_bank_id, account_id, counterparty_account,"
				+ " minutes, balance_after, posted_at)"
				+ " SELECT t.id, " + bank + ", " + ann.id().value() + ", " + cat.id().value() + ", -10, 0, now() FROM t"
				+ " UNION ALL SELECT t.id, " + bank + ", " + cat.id().value() + ", " + ann.id().value()
				+ ", 10, 0, now() FROM t");
	}

	/** Both entries of a transfer of {@code minutes} from one account to another, in one statement. */
	private static String entries(long transfer, Book book, Account from, Account to, long minutes) {
		return "INSERT INTO timebank.ledger_entry (transfer_id, time_bank_id, account_id, counterparty_account,"
				+ " minutes, balance_after, posted_at) VALUES (" + transfer + ", " + book.bank().value() + ", "
				+ from.id().value() + ", " + to.id().value() + ", " + -minutes + ", 0, now()), (" + transfer + ", "
				+ book.bank().value() + ", " + to.id().value() + ", " + from.id().value() + ", " + minutes
				+ ", 0, now())";
	}

	@Test
	void refusesATransferBetweenAccountsOfDifferentBooks() {
		LedgerFixtures fixtures = new LedgerFixtures(ledger);
		Book here = fixtures.book();
		Account ann = fixtures.member(here);
		Account elsewhere = fixtures.member(fixtures.book());
		Transfer transfer = ledger.transfer(fixtures.pay(ann, fixtures.member(here), Minutes.of(1)));
		long request = jdbc.sql("SELECT request_id FROM timebank.ledger_transfer WHERE id = :id")
			.param("id", transfer.id().value())
			.query(Long.class)
			.single();

		assertRefused("INSERT INTO timebank.ledger_transfer (time_bank_id, request_id, kind, from_account, to_account,"
				+ " minutes, recorded_at) VALUES (" + here.bank().value() + ", " + request + ", 'TRANSFER', "
				+ ann.id().value() + ", " + elsewhere.id().value() + ", 5, now())");
	}

	private void assertRefused(String sql) {
		assertThatThrownBy(() -> jdbc.sql(sql).update()).as(sql).isInstanceOf(DataAccessException.class);
	}
}
