package org.bigsociety.timebank.ledger;

import java.util.List;
import java.util.Map;

import org.bigsociety.IntegrationTest;
import org.bigsociety.people.PersonId;
import org.bigsociety.timebank.Minutes;
import org.bigsociety.timebank.TimeBankId;
import org.bigsociety.timebank.ledger.Refusal.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bigsociety.timebank.ledger.LedgerFixtures.newPerson;
import static org.bigsociety.timebank.ledger.LedgerFixtures.recording;

/** Every refusal says why and changes nothing: no transfer, entry, request or balance. */
@IntegrationTest
class RefusalTests {

	@Autowired
	Ledger ledger;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	LedgerFixtures fixtures;
	Book book;
	Account ann;
	Account bob;
	PersonId annPerson;

	@BeforeEach
	void aBookWithTwoMembers() {
		fixtures = new LedgerFixtures(ledger);
		book = fixtures.book();
		ann = fixtures.member(book);
		bob = fixtures.member(book);
		annPerson = new PersonId(ann.holder().id());
	}

	@Test
	void refusesToGoBelowTheFloor() {
		assertRefused(Reason.BEYOND_FLOOR, () -> ledger.transfer(fixtures.pay(ann, bob, Minutes.ofHours(6).plus(Minutes.of(1)))));
	}

	@Test
	void goesExactlyToTheFloor() {
		ledger.transfer(fixtures.pay(ann, bob, Minutes.ofHours(6)));

		assertThat(ledger.account(ann.id()).orElseThrow().balance()).isEqualTo(Minutes.ofHours(-5));
	}

	@Test
	void refusesToGoAboveTheCeiling() {
		ledger.grantFromPot(bob.id(), Minutes.ofHours(9), recording(newPerson()));

		assertRefused(Reason.BEYOND_CEILING, () -> ledger.transfer(fixtures.pay(ann, bob, Minutes.of(1))));
	}

	@Test
	void refusesAKeyReusedForOtherContent() {
		TransferRequest first = fixtures.pay(ann, bob, Minutes.of(10));
		ledger.transfer(first);

		assertRefused(Reason.KEY_REUSED, () -> ledger.transfer(new TransferRequest(ann.id(), bob.id(), Minutes.of(11),
				first.recording())));
		assertRefused(Reason.KEY_REUSED, () -> ledger.donateToPot(ann.id(), Minutes.of(10), first.recording()));
	}

	@Test
	void refusesAKeyReusedEvenWhenTheNewContentWouldBeBeyondTheLimits() {
		TransferRequest first = fixtures.pay(ann, bob, Minutes.of(10));
		ledger.transfer(first);

		assertRefused(Reason.KEY_REUSED, () -> ledger.transfer(new TransferRequest(ann.id(), bob.id(), Minutes.ofHours(50),
				first.recording())));
	}

	@Test
	void replaysARetryEvenIfItWouldNoLongerFit() {
		TransferRequest first = fixtures.pay(ann, bob, Minutes.ofHours(6));
		Transfer posted = ledger.transfer(first);

		Transfer again = ledger.transfer(first);

		assertThat(again.id()).isEqualTo(posted.id());
		assertThat(again.replayed()).isTrue();
	}

	@Test
	void refusesToPayTheSameAccount() {
		assertRefused(Reason.SAME_ACCOUNT, () -> ledger.transfer(fixtures.pay(ann, ann, Minutes.of(5))));
		assertRefused(Reason.SAME_ACCOUNT, () -> ledger.creditMany(BatchRequest.equalShares(ann.id(),
				List.of(bob.id(), ann.id()), Minutes.of(5), recording(annPerson))));
	}

	@Test
	void refusesToReverseTwice() {
		Transfer original = ledger.transfer(fixtures.pay(ann, bob, Minutes.of(5)));
		Recording firstReversal = recording(newPerson());
		Transfer reversal = ledger.reverse(original.id(), firstReversal);

		assertThat(ledger.reverse(original.id(), firstReversal).id()).isEqualTo(reversal.id());
		assertRefused(Reason.ALREADY_REVERSED, () -> ledger.reverse(original.id(), recording(newPerson())));
		assertRefused(Reason.REVERSAL_OF_REVERSAL, () -> ledger.reverse(reversal.id(), recording(newPerson())));
	}

	@Test
	void refusesAReversalThatWouldTakeThePayeeBelowTheFloor() {
		Transfer original = ledger.transfer(fixtures.pay(ann, bob, Minutes.ofHours(3)));
		ledger.transfer(fixtures.pay(bob, fixtures.member(book), Minutes.ofHours(9)));

		assertRefused(Reason.BEYOND_FLOOR, () -> ledger.reverse(original.id(), recording(newPerson())));
	}

	@Test
	void refusesUnknownBooksAccountsAndTransfers() {
		TimeBankId nowhere = LedgerFixtures.newBankId();
		assertRefused(Reason.UNKNOWN_BOOK, () -> ledger.openAccount(nowhere, Holder.person(newPerson())));
		assertRefused(Reason.UNKNOWN_BOOK, () -> ledger.changeLimits(nowhere, LedgerFixtures.LIMITS));
		assertRefused(Reason.UNKNOWN_ACCOUNT, () -> ledger.transfer(new TransferRequest(ann.id(),
				new AccountId(Long.MAX_VALUE), Minutes.of(5), recording(annPerson))));
		assertRefused(Reason.UNKNOWN_TRANSFER, () -> ledger.reverse(new TransferId(Long.MAX_VALUE), recording(annPerson)));
	}

	@Test
	void refusesAPayeeOfABatchFromAnotherBook() {
		Account elsewhere = fixtures.member(fixtures.book());

		assertRefused(Reason.NOT_A_MEMBER, () -> ledger.creditMany(BatchRequest.equalShares(ann.id(),
				List.of(bob.id(), elsewhere.id()), Minutes.of(5), recording(annPerson))));
	}

	@Test
	void refusesABatchThatWouldTakeThePayerBelowTheFloorPartWay() {
		List<AccountId> payees = List.of(bob.id(), fixtures.member(book).id(), fixtures.member(book).id());

		assertRefused(Reason.BEYOND_FLOOR, () -> ledger.creditMany(BatchRequest.equalShares(ann.id(), payees,
				Minutes.of(121), recording(annPerson))));
	}

	@Test
	void refusesOrdinaryTransfersAcrossBooksAndBankTransfersWithinOne() {
		Account elsewhere = fixtures.member(fixtures.book());

		assertRefused(Reason.DIFFERENT_BOOKS, () -> ledger.transfer(fixtures.pay(ann, elsewhere, Minutes.of(5))));
		assertRefused(Reason.SAME_BOOK, () -> ledger.transferBetweenBanks(fixtures.pay(ann, bob, Minutes.of(5))));
	}

	@Test
	void refusesATransferBetweenBanksBeyondTheFloor() {
		Account elsewhere = fixtures.member(fixtures.book());

		assertRefused(Reason.BEYOND_FLOOR, () -> ledger.transferBetweenBanks(fixtures.pay(ann, elsewhere,
				Minutes.ofHours(7))));
	}

	@Test
	void refusesLimitsThatWouldLeaveAMemberOutsideThem() {
		ledger.transfer(fixtures.pay(ann, bob, Minutes.ofHours(4)));

		assertRefused(Reason.LIMITS_EXCLUDE_BALANCES, () -> ledger.changeLimits(book.bank(),
				Limits.of(Minutes.ofHours(-2), Minutes.ofHours(10))));
		assertThat(ledger.book(book.bank()).orElseThrow().limits()).isEqualTo(LedgerFixtures.LIMITS);
	}

	@Test
	void appliesNewLimitsToEveryMember() {
		ledger.changeLimits(book.bank(), new Limits(Minutes.ofHours(-1), Minutes.ofHours(2), Minutes.of(30)));

		assertThat(ledger.account(ann.id()).orElseThrow().floor()).isEqualTo(Minutes.ofHours(-1));
		assertThat(fixtures.member(book).balance()).isEqualTo(Minutes.of(30));
		assertRefused(Reason.BEYOND_CEILING, () -> ledger.transfer(fixtures.pay(ann, bob, Minutes.ofHours(1).plus(Minutes.of(1)))));
	}

	@Test
	void rollsBackTheCallersTransactionToo() {
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			ledger.transfer(fixtures.pay(ann, bob, Minutes.of(5)));
			ledger.transfer(fixtures.pay(ann, bob, Minutes.ofHours(10)));
		})).isInstanceOf(Refusal.class);

		assertThat(ledger.account(bob.id()).orElseThrow().balance()).isEqualTo(Minutes.ofHours(1));
	}

	@Test
	void saysWhyInPlainWords() {
		Refusal refusal = new Refusal(Reason.BEYOND_FLOOR, new AccountId(5), Minutes.of(-330), Minutes.ofHours(-5));

		assertThat(refusal.messageKey()).isEqualTo("timebank.ledger.refused.beyond-floor");
	}

	/** Asserts the refusal and that the book is exactly as it was: same rows, same balances. */
	private void assertRefused(Reason reason, Executable action) {
		Map<String, Object> before = snapshot();
		assertThatThrownBy(action::execute).isInstanceOfSatisfying(Refusal.class,
				refusal -> assertThat(refusal.reason()).isEqualTo(reason));
		assertThat(snapshot()).isEqualTo(before);
	}

	private Map<String, Object> snapshot() {
		return jdbc.sql("""
				SELECT (SELECT count(*) FROM timebank.ledger_transfer) AS transfers,
				       (SELECT count(*) FROM timebank.ledger_entry) AS entries,
				       (SELECT count(*) FROM timebank.ledger_request) AS requests,
				       (SELECT count(*) FROM timebank.ledger_account) AS accounts,
				       (SELECT string_agg(id || ':' || balance_minutes, ',' ORDER BY id) FROM timebank.ledger_account
				         WHERE time_bank_id = :bank) AS balances,
				       (SELECT floor_minutes || '/' || ceiling_minutes FROM timebank.ledger_book WHERE time_bank_id = :bank) AS limits""")
			.param("bank", book.bank().value())
			.query()
			.singleRow();
	}
}
