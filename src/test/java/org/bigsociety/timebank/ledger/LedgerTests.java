package org.bigsociety.timebank.ledger;

import java.time.Duration;
import java.time.Instant;

import org.bigsociety.IntegrationTest;
import org.bigsociety.groups.OrganisationId;
import org.bigsociety.people.PersonId;
import org.bigsociety.timebank.Minutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigsociety.timebank.ledger.LedgerFixtures.newPerson;
import static org.bigsociety.timebank.ledger.LedgerFixtures.recording;

/** The ledger's verbs on the real database. */
@IntegrationTest
class LedgerTests {

	@Autowired
	Ledger ledger;

	@Autowired
	JdbcClient jdbc;

	LedgerFixtures fixtures() {
		return new LedgerFixtures(ledger);
	}

	@Test
	void opensABookOnceWithItsCommunityPot() {
		Book book = fixtures().book();

		Book again = ledger.openBook(book.bank(), LedgerFixtures.AREA, LedgerFixtures.LIMITS.withStartingGift(Minutes.ZERO));

		assertThat(again).isEqualTo(book);
		assertThat(ledger.account(book.pot()).orElseThrow().holder()).isEqualTo(Holder.communityPot(book.bank()));
	}

	@Test
	void givesAPersonsNewAccountTheStartingGiftFromThePotOnce() {
		Book book = fixtures().book();
		PersonId person = newPerson();

		Account account = ledger.openAccount(book.bank(), Holder.person(person));
		Account again = ledger.openAccount(book.bank(), Holder.person(person));

		assertThat(again.id()).isEqualTo(account.id());
		assertThat(ledger.account(account.id()).orElseThrow().balance()).isEqualTo(Minutes.ofHours(1));
		assertThat(ledger.account(book.pot()).orElseThrow().balance()).isEqualTo(Minutes.ofHours(-1));
		assertThat(account.floor()).isEqualTo(Minutes.ofHours(-5));
		assertThat(account.ceiling()).isEqualTo(Minutes.ofHours(10));
	}

	@Test
	void givesOrganisationsTheBooksLimitsButNoGift() {
		Book book = fixtures().book();

		Account organisation = ledger.openAccount(book.bank(), Holder.organisation(new OrganisationId(LedgerFixtures.nextId())));

		assertThat(organisation.balance()).isEqualTo(Minutes.ZERO);
		assertThat(organisation.floor()).isEqualTo(Minutes.ofHours(-5));
	}

	@Test
	void movesMinutesAndShowsThemOnBothStatements() {
		LedgerFixtures fixtures = fixtures();
		Book book = fixtures.book();
		Account ann = fixtures.member(book);
		Account bob = fixtures.member(book);
		Instant before = Instant.now().minus(Duration.ofDays(1));

		Transfer transfer = ledger.transfer(fixtures.pay(ann, bob, Minutes.of(90)));

		assertThat(transfer.replayed()).isFalse();
		assertThat(ledger.account(ann.id()).orElseThrow().balance()).isEqualTo(Minutes.of(60 - 90));
		assertThat(ledger.account(bob.id()).orElseThrow().balance()).isEqualTo(Minutes.of(60 + 90));
		Statement statement = ledger.statement(ann.id(), before, Instant.now().plus(Duration.ofDays(1)));
		assertThat(statement.lines()).hasSize(2);
		StatementLine line = statement.lines().get(1);
		assertThat(line.amount()).isEqualTo(Minutes.of(-90));
		assertThat(line.balanceAfter()).isEqualTo(Minutes.of(-30));
		assertThat(line.counterparty()).isEqualTo(bob.id());
		assertThat(line.memo()).isEqualTo("Gardening");
		assertThat(line.recordedBy()).isEqualTo(new PersonId(ann.holder().id()));
		assertThat(statement.closing()).isEqualTo(Minutes.of(-30));
	}

	@Test
	void returnsTheFirstResultForARetriedKey() {
		LedgerFixtures fixtures = fixtures();
		Book book = fixtures.book();
		Account ann = fixtures.member(book);
		Account bob = fixtures.member(book);
		TransferRequest request = fixtures.pay(ann, bob, Minutes.of(30));

		Transfer first = ledger.transfer(request);
		Transfer retried = ledger.transfer(request);

		assertThat(retried.replayed()).isTrue();
		assertThat(retried.id()).isEqualTo(first.id());
		assertThat(ledger.account(bob.id()).orElseThrow().balance()).isEqualTo(Minutes.of(90));
	}

	@Test
	void creditsEveryAttendeeInOneBatch() {
		LedgerFixtures fixtures = fixtures();
		Book book = fixtures.book();
		Account organisation = ledger.openAccount(book.bank(), Holder.organisation(new OrganisationId(LedgerFixtures.nextId())));
		Account ann = fixtures.member(book);
		Account bob = fixtures.member(book);

		Batch batch = ledger.creditMany(BatchRequest.equalShares(organisation.id(), java.util.List.of(ann.id(), bob.id()),
				Minutes.ofHours(2), recording(newPerson())));

		assertThat(batch.transfers()).hasSize(2);
		assertThat(batch.total()).isEqualTo(Minutes.ofHours(4));
		assertThat(ledger.account(organisation.id()).orElseThrow().balance()).isEqualTo(Minutes.ofHours(-4));
		assertThat(ledger.account(ann.id()).orElseThrow().balance()).isEqualTo(Minutes.ofHours(3));
	}

	@Test
	void reversesATransferOnceWithATransferPointingToIt() {
		LedgerFixtures fixtures = fixtures();
		Book book = fixtures.book();
		Account ann = fixtures.member(book);
		Account bob = fixtures.member(book);
		Transfer original = ledger.transfer(fixtures.pay(ann, bob, Minutes.of(45)));

		Transfer reversal = ledger.reverse(original.id(), recording(newPerson()));

		assertThat(reversal.reverses()).isEqualTo(original.id());
		assertThat(reversal.from()).isEqualTo(bob.id());
		assertThat(ledger.account(ann.id()).orElseThrow().balance()).isEqualTo(Minutes.ofHours(1));
		assertThat(ledger.account(bob.id()).orElseThrow().balance()).isEqualTo(Minutes.ofHours(1));
	}

	@Test
	void movesMinutesBetweenTimeBanksThroughClearingAccounts() {
		LedgerFixtures fixtures = fixtures();
		Book here = fixtures.book();
		Book there = fixtures.book();
		Account ann = fixtures.member(here);
		Account bob = fixtures.member(there);

		BetweenBanks transfer = ledger.transferBetweenBanks(fixtures.pay(ann, bob, Minutes.of(50)));

		assertThat(transfer.sent().counterpart()).isEqualTo(transfer.received().id());
		assertThat(transfer.received().counterpart()).isEqualTo(transfer.sent().id());
		assertThat(ledger.clearingPositions(here.bank())).singleElement()
			.satisfies(position -> {
				assertThat(position.counterpart()).isEqualTo(there.bank());
				assertThat(position.balance()).isEqualTo(Minutes.of(50));
				assertThat(position.owes()).isTrue();
			});
		assertThat(ledger.clearingPositions(there.bank())).singleElement()
			.satisfies(position -> assertThat(position.isOwed()).isTrue());
		assertThat(sum(here)).isZero();
		assertThat(sum(there)).isZero();
	}

	@Test
	void donatesToAndGrantsFromTheCommunityPot() {
		LedgerFixtures fixtures = fixtures();
		Book book = fixtures.book();
		Account ann = fixtures.member(book);
		Account bob = fixtures.member(book);

		ledger.donateToPot(ann.id(), Minutes.of(30), recording(new PersonId(ann.holder().id())));
		Transfer grant = ledger.grantFromPot(bob.id(), Minutes.of(20), recording(newPerson()));

		assertThat(grant.kind()).isEqualTo(Transfer.Kind.GRANT);
		assertThat(ledger.account(book.pot()).orElseThrow().balance()).isEqualTo(Minutes.of(-120 + 30 - 20));
		assertThat(sum(book)).isZero();
	}

	long sum(Book book) {
		return jdbc.sql("SELECT sum(balance_minutes) FROM timebank.ledger_account WHERE time_bank_id = :bank")
			.param("bank", book.bank().value())
			.query(Long.class)
			.single();
	}
}
