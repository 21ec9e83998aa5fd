package org.bigsociety.timebank.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.bigsociety.IntegrationTest;
import org.bigsociety.people.PersonId;
import org.bigsociety.timebank.Minutes;
import org.bigsociety.timebank.ledger.Journal.One;
import org.bigsociety.timebank.ledger.Journal.Single;
import org.bigsociety.timebank.ledger.Refusal.Reason;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Group commit: several clients' transfers posted in one statement each get exactly the outcome they would have had
 * alone, and many clients at once keep every balance equal to its entries.
 */
@IntegrationTest
class GroupCommitTests {

	@Autowired
	Ledger ledger;

	@Autowired
	Journal journal;

	@Autowired
	GroupCommit groupCommit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void givesEachTransferOfAGroupItsOwnOutcome() {
		LedgerFixtures fixtures = new LedgerFixtures(ledger);
		Book book = fixtures.book();
		Book other = fixtures.book();
		List<Account> members = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			members.add(fixtures.member(book));
		}
		Account elsewhere = fixtures.member(other);
		PersonId by = LedgerFixtures.newPerson();
		// Posted before: a retry of it replays, its key with other content is refused.
		TransferRequest earlier = fixtures.pay(members.get(10), members.get(11), Minutes.of(15));
		Transfer first = ledger.transfer(earlier);
		Recording reused = new Recording(earlier.recording().key(), by, null, "Other content", null);

		List<Single> group = List.of(
				single(fixtures.pay(members.get(0), members.get(1), Minutes.of(30))),
				single(fixtures.pay(members.get(2), members.get(3), Minutes.ofHours(7))),
				single(fixtures.pay(members.get(4), members.get(5), Minutes.ofHours(10))),
				single(new TransferRequest(new AccountId(LedgerFixtures.nextId()), members.get(6).id(), Minutes.of(5),
						LedgerFixtures.recording(by))),
				single(fixtures.pay(members.get(7), elsewhere, Minutes.of(5))),
				single(earlier));
		List<One> found = new ArrayList<>(journal.postMany(group, Instant.now()));
		// A key may appear once in a group: the same key with other content goes in the next.
		Single otherContent = single(new TransferRequest(members.get(8).id(), members.get(9).id(), Minutes.of(5),
				reused));
		found.addAll(journal.postMany(List.of(otherContent, single(fixtures.pay(members.get(2), members.get(3),
				Minutes.of(1)))), Instant.now()));

		Transfer posted = journal.outcome(group.get(0), found.get(0));
		assertThat(posted.replayed()).isFalse();
		assertThat(posted.amount()).isEqualTo(Minutes.of(30));
		assertThat(ledger.account(members.get(0).id()).orElseThrow().balance()).isEqualTo(Minutes.of(30));
		assertThat(ledger.account(members.get(1).id()).orElseThrow().balance()).isEqualTo(Minutes.of(90));
		assertThat(refusal(group.get(1), found.get(1))).isEqualTo(Reason.BEYOND_FLOOR);
		assertThat(refusal(group.get(2), found.get(2))).isEqualTo(Reason.BEYOND_FLOOR);
		assertThat(refusal(group.get(3), found.get(3))).isEqualTo(Reason.UNKNOWN_ACCOUNT);
		assertThat(refusal(group.get(4), found.get(4))).isEqualTo(Reason.DIFFERENT_BOOKS);
		Transfer replayed = journal.outcome(group.get(5), found.get(5));
		assertThat(replayed.replayed()).isTrue();
		assertThat(replayed.id()).isEqualTo(first.id());
		assertThat(refusal(otherContent, found.get(6))).isEqualTo(Reason.KEY_REUSED);
		assertThat(found.get(7).transferId()).isNotNull();
		// Nothing refused moved: only the first transfer, the earlier one and the last are in the book.
		assertThat(ledger.account(members.get(2).id()).orElseThrow().balance()).isEqualTo(Minutes.of(59));
		assertThat(ledger.account(members.get(3).id()).orElseThrow().balance()).isEqualTo(Minutes.of(61));
		for (int i = 4; i < 10; i++) {
			assertThat(ledger.account(members.get(i).id()).orElseThrow().balance()).isEqualTo(Minutes.ofHours(1));
		}
		assertThat(jdbc.sql("SELECT count(*) FROM timebank.ledger_transfer WHERE time_bank_id = :bank AND kind = 'TRANSFER'")
			.param("bank", book.bank().value())
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void refusesToPostTransfersThatShareAnAccountInOneStatement() {
		LedgerFixtures fixtures = new LedgerFixtures(ledger);
		Book book = fixtures.book();
		Account a = fixtures.member(book);
		Account b = fixtures.member(book);
		Account c = fixtures.member(book);
		assertThatThrownBy(() -> journal.postMany(List.of(single(fixtures.pay(a, b, Minutes.of(5))),
				single(fixtures.pay(c, b, Minutes.of(5)))), Instant.now()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void keepsEveryBalanceEqualToItsEntriesWhenManyClientsTransferAtOnce() throws Exception {
		LedgerFixtures fixtures = new LedgerFixtures(ledger);
		Book book = fixtures.book(new Limits(Minutes.of(-100_000), Minutes.of(100_000), Minutes.ZERO));
		List<Account> members = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			members.add(fixtures.member(book));
		}
		long groupsBefore = groupCommit.groups();
		long groupedBefore = groupCommit.grouped();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<Integer>> clients = new ArrayList<>();
		for (int t = 0; t < 8; t++) {
			Random random = new Random(t);
			clients.add(pool.submit(() -> {
				int posted = 0;
				for (int i = 0; i < 300; i++) {
					Account from = members.get(random.nextInt(members.size()));
					Account to = members.get(random.nextInt(members.size()));
					if (!from.equals(to)) {
						ledger.transfer(fixtures.pay(from, to, Minutes.of(1 + random.nextInt(60))));
						posted++;
					}
				}
				return posted;
			}));
		}
		pool.shutdown();
		int posted = 0;
		for (Future<Integer> client : clients) {
			posted += client.get(5, TimeUnit.MINUTES);
		}
		assertThat(jdbc.sql("SELECT count(*) FROM timebank.ledger_transfer WHERE time_bank_id = :bank")
			.param("bank", book.bank().value())
			.query(Long.class)
			.single()).isEqualTo(posted);
		assertThat(jdbc.sql("""
				SELECT a.id || ': ' || a.balance_minutes || ' cached, entries ' || (SELECT coalesce(sum(e.minutes), 0)
				       FROM timebank.ledger_entry e WHERE e.account_id = a.id)
				  FROM timebank.ledger_account a
				 WHERE a.time_bank_id = :bank
				   AND a.balance_minutes <> (SELECT coalesce(sum(e.minutes), 0) FROM timebank.ledger_entry e
				                              WHERE e.account_id = a.id)""")
			.param("bank", book.bank().value())
			.query(String.class)
			.list()).isEmpty();
		assertThat(jdbc.sql("SELECT sum(balance_minutes) FROM timebank.ledger_account WHERE time_bank_id = :bank")
			.param("bank", book.bank().value())
			.query(Long.class)
			.single()).isZero();
		// The transfers did go to the database in groups.
		assertThat(groupCommit.grouped() - groupedBefore).isGreaterThan(groupCommit.groups() - groupsBefore);
	}

	private static Single single(TransferRequest request) {
		return Single.of(Transfer.Kind.TRANSFER, request);
	}

	private Reason refusal(Single single, One one) {
		try {
			journal.outcome(single, one);
		}
		catch (Refusal refusal) {
			return refusal.reason();
		}
		throw new AssertionError("Expected a refusal for " + single);
	}
}
