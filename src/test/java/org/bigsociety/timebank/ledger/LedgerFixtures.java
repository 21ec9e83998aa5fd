package org.bigsociety.timebank.ledger;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.bigsociety.people.PersonId;
import org.bigsociety.place.AreaId;
import org.bigsociety.timebank.Minutes;
import org.bigsociety.timebank.TimeBankId;

/** Small builders for ledger tests: a fresh book with its own ids, members, keys and recordings. */
final class LedgerFixtures {

	/** Ids far above anything the demo or other tests create, and unique within the test JVM. */
	private static final AtomicLong IDS = new AtomicLong(7_000_000_000L + (System.nanoTime() % 1_000_000) * 1000);

	static final AreaId AREA = new AreaId(1);

	/** Floor -5 h, ceiling +10 h, a 1 h starting gift. */
	static final Limits LIMITS = new Limits(Minutes.ofHours(-5), Minutes.ofHours(10), Minutes.ofHours(1));

	private final Ledger ledger;

	LedgerFixtures(Ledger ledger) {
		this.ledger = ledger;
	}

	static long nextId() {
		return IDS.incrementAndGet();
	}

	static TimeBankId newBankId() {
		return new TimeBankId(nextId());
	}

	static PersonId newPerson() {
		return new PersonId(nextId());
	}

	static IdempotencyKey key() {
		return IdempotencyKey.of(UUID.randomUUID().toString());
	}

	static Recording recording(PersonId by) {
		return Recording.by(by, key(), "Gardening");
	}

	Book book(Limits limits) {
		return ledger.openBook(newBankId(), AREA, limits);
	}

	Book book() {
		return book(LIMITS);
	}

	Account member(Book book) {
		return ledger.openAccount(book.bank(), Holder.person(newPerson()));
	}

	TransferRequest pay(Account from, Account to, Minutes amount) {
		return new TransferRequest(from.id(), to.id(), amount, recording(new PersonId(from.holder().id())));
	}
}
