package org.bigsociety.timebank.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.people.PersonId;
import org.bigsociety.place.AreaId;
import org.bigsociety.timebank.Minutes;
import org.bigsociety.timebank.TimeBankId;
import org.bigsociety.timebank.ledger.Journal.Leg;
import org.bigsociety.timebank.ledger.Journal.Origin;
import org.bigsociety.timebank.ledger.Journal.Posting;
import org.bigsociety.timebank.ledger.Journal.Row;
import org.bigsociety.timebank.ledger.Refusal.Reason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The time bank's ledger: one book per time bank, accounts for members, organisations, partners, the community pot
 * and other time banks, and transfers of whole minutes between them, as append-only double entry. Every balance stays
 * within its limits, every book sums to zero, and every movement carries an idempotency key, so a retry never posts
 * twice. Each method runs in its own transaction, or joins the caller's; a {@link Refusal} changes nothing and rolls
 * back the caller's transaction too. Who may move whose credits is the caller's check (the API's, the pages').
 */
@Service
public class Ledger {

	private final JdbcClient jdbc;
	private final Journal journal;
	private final GroupCommit groupCommit;
	private final TransactionTemplate transactions;
	private final Clock clock;

	Ledger(JdbcClient jdbc, Journal journal, GroupCommit groupCommit, PlatformTransactionManager transactionManager,
			Clock clock) {
		this.jdbc = jdbc;
		this.journal = journal;
		this.groupCommit = groupCommit;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	// ---- books and accounts

	/**
	 * Opens the time bank's book, with its community pot, if it has none; a book already open is returned as it is
	 * (change its limits with {@link #changeLimits}).
	 */
	public Book openBook(TimeBankId bank, AreaId area, Limits limits) {
		return transactions.execute(status -> {
			jdbc.sql("""
					INSERT INTO timebank.ledger_book (time_bank_id, area_id, floor_minutes, ceiling_minutes,
					       starting_gift_minutes, opened_at)
					VALUES (:bank, :area, :floor, :ceiling, :gift, :at)
					ON CONFLICT (time_bank_id) DO NOTHING""")
				.param("bank", bank.value())
				.param("area", area.value())
				.param("floor", limits.floor().value())
				.param("ceiling", limits.ceiling().value())
				.param("gift", limits.startingGift().value())
				.param("at", now())
				.update();
			insertAccount(bank, Holder.communityPot(bank));
			return book(bank).orElseThrow();
		});
	}

	public Optional<Book> book(TimeBankId bank) {
		return jdbc.sql("""
				SELECT b.time_bank_id, b.area_id, b.floor_minutes, b.ceiling_minutes, b.starting_gift_minutes,
				       b.opened_at, a.id AS pot
				  FROM timebank.ledger_book b
				  JOIN timebank.ledger_account a ON a.time_bank_id = b.time_bank_id
				       AND a.holder_kind = 'COMMUNITY_POT' AND a.holder_id = b.time_bank_id
				 WHERE b.time_bank_id = :bank""")
			.param("bank", bank.value())
			.query((rs, n) -> new Book(new TimeBankId(rs.getLong("time_bank_id")), new AreaId(rs.getLong("area_id")),
					new Limits(Minutes.of(rs.getLong("floor_minutes")), Minutes.of(rs.getLong("ceiling_minutes")),
							Minutes.of(rs.getLong("starting_gift_minutes"))),
					new AccountId(rs.getLong("pot")), rs.getObject("opened_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	/**
	 * New limits for the book's members (people and organisations), and the starting gift for people who join from
	 * now on.
	 *
	 * @throws Refusal UNKNOWN_BOOK; LIMITS_EXCLUDE_BALANCES if a member's balance lies outside the new limits (settle
	 *         those first: limits are enforced, never left broken)
	 */
	public Book changeLimits(TimeBankId bank, Limits limits) {
		return transactions.execute(status -> {
			int books = jdbc.sql("SELECT 1 FROM timebank.ledger_book WHERE time_bank_id = :bank FOR UPDATE")
				.param("bank", bank.value())
				.query(Integer.class)
				.list()
				.size();
			if (books == 0) {
				throw new Refusal(Reason.UNKNOWN_BOOK, bank);
			}
			// Lock the members' rows in id order, as transfers do, so this cannot deadlock with them.
			List<Long> outside = jdbc.sql("""
					SELECT id, balance_minutes FROM timebank.ledger_account
					 WHERE time_bank_id = :bank AND holder_kind IN ('PERSON', 'ORGANISATION')
					 ORDER BY id FOR NO KEY UPDATE""")
				.param("bank", bank.value())
				.query((rs, n) -> limits.allows(Minutes.of(rs.getLong(2))) ? null : rs.getLong(1))
				.list()
				.stream()
				.filter(id -> id != null)
				.toList();
			if (!outside.isEmpty()) {
				throw new Refusal(Reason.LIMITS_EXCLUDE_BALANCES, outside.size(), bank);
			}
			jdbc.sql("""
					UPDATE timebank.ledger_book SET floor_minutes = :floor, ceiling_minutes = :ceiling,
					       starting_gift_minutes = :gift
					 WHERE time_bank_id = :bank""")
				.param("bank", bank.value())
				.param("floor", limits.floor().value())
				.param("ceiling", limits.ceiling().value())
				.param("gift", limits.startingGift().value())
				.update();
			jdbc.sql("""
					UPDATE timebank.ledger_account SET floor_minutes = :floor, ceiling_minutes = :ceiling
					 WHERE time_bank_id = :bank AND holder_kind IN ('PERSON', 'ORGANISATION')""")
				.param("bank", bank.value())
				.param("floor", limits.floor().value())
				.param("ceiling", limits.ceiling().value())
				.update();
			return book(bank).orElseThrow();
		});
	}

	/**
	 * The holder's account in the book, opened now if it has none. A person's new account receives the book's
	 * starting gift from the community pot, in the same transaction.
	 *
	 * @throws Refusal UNKNOWN_BOOK
	 */
	public Account openAccount(TimeBankId bank, Holder holder) {
		return transactions.execute(status -> {
			Optional<AccountId> opened = insertAccount(bank, holder);
			if (opened.isEmpty()) {
				return accountOf(bank, holder).orElseThrow(() -> new Refusal(Reason.UNKNOWN_BOOK, bank));
			}
			if (holder.kind() == Holder.Kind.PERSON) {
				Book book = book(bank).orElseThrow();
				Minutes gift = book.limits().startingGift();
				if (gift.isPositive()) {
					String key = "starting-gift/" + opened.get();
					Leg leg = Leg.of(Transfer.Kind.STARTING_GIFT, bank, book.pot(), opened.get(), gift);
					post(new Posting(bank, Origin.SYSTEM, key, "starting-gift",
							Fingerprint.of("starting-gift", opened.get(), gift), List.of(leg), null, null, null, null));
				}
			}
			return account(opened.get()).orElseThrow();
		});
	}

	public Optional<Account> accountOf(TimeBankId bank, Holder holder) {
		return jdbc.sql("SELECT " + Journal.ACCOUNT_COLUMNS + """
				 FROM timebank.ledger_account
				 WHERE time_bank_id = :bank AND holder_kind = :kind AND holder_id = :id""")
			.param("bank", bank.value())
			.param("kind", holder.kind().name())
			.param("id", holder.id())
			.query(Journal::row)
			.optional()
			.map(Row::account);
	}

	public Optional<Account> account(AccountId id) {
		return jdbc.sql("SELECT " + Journal.ACCOUNT_COLUMNS + " FROM timebank.ledger_account WHERE id = :id")
			.param("id", id.value())
			.query(Journal::row)
			.optional()
			.map(Row::account);
	}

	/** The book's accounts, by id. */
	public List<Account> accounts(TimeBankId bank) {
		return jdbc.sql("SELECT " + Journal.ACCOUNT_COLUMNS + """
				 FROM timebank.ledger_account WHERE time_bank_id = :bank ORDER BY id""")
			.param("bank", bank.value())
			.query(Journal::row)
			.list()
			.stream()
			.map(Row::account)
			.toList();
	}

	// ---- moving credits

	/**
	 * Moves minutes between two accounts of one book.
	 *
	 * @throws Refusal SAME_ACCOUNT, UNKNOWN_ACCOUNT, DIFFERENT_BOOKS, BEYOND_FLOOR, BEYOND_CEILING, KEY_REUSED
	 */
	public Transfer transfer(TransferRequest request) {
		return move(Transfer.Kind.TRANSFER, request);
	}

	/** A member gives minutes to the book's community pot. */
	public Transfer donateToPot(AccountId donor, Minutes amount, Recording recording) {
		Account account = account(donor).orElseThrow(() -> new Refusal(Reason.UNKNOWN_ACCOUNT, donor));
		AccountId pot = book(account.bank()).orElseThrow().pot();
		return move(Transfer.Kind.DONATION, new TransferRequest(donor, pot, amount, recording));
	}

	/** A broker grants minutes from the book's community pot to a member in need. */
	public Transfer grantFromPot(AccountId recipient, Minutes amount, Recording recording) {
		Account account = account(recipient).orElseThrow(() -> new Refusal(Reason.UNKNOWN_ACCOUNT, recipient));
		AccountId pot = book(account.bank()).orElseThrow().pot();
		return move(Transfer.Kind.GRANT, new TransferRequest(pot, recipient, amount, recording));
	}

	private Transfer move(Transfer.Kind kind, TransferRequest request) {
		if (request.from().equals(request.to())) {
			throw new Refusal(Reason.SAME_ACCOUNT, request.from());
		}
		Journal.Single single = Journal.Single.of(kind, request);
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			// Join the caller's transaction, so that a refusal marks it for rollback as every other verb does.
			return transactions.execute(status -> journal.postOne(single, clock.instant()));
		}
		// One statement needs no transaction of its own: it commits by itself, in one round trip, together with any
		// other clients' transfers sent at the same moment.
		return groupCommit.post(single);
	}

	/**
	 * A group activity: the payer credits every payee in one atomic batch, all or nothing.
	 *
	 * @throws Refusal SAME_ACCOUNT (the payer among the payees), UNKNOWN_ACCOUNT, NOT_A_MEMBER (a payee in another
	 *         book), BEYOND_FLOOR, BEYOND_CEILING, KEY_REUSED
	 */
	public Batch creditMany(BatchRequest request) {
		Recording recording = request.recording();
		return creditMany(request, Origin.CLIENT, recording.key().value(), recording.memo(), recording.recordedBy(),
				recording.onBehalfOf(), recording.exchangeReference());
	}

	Batch creditMany(BatchRequest request, Origin origin, String key, String memo, PersonId recordedBy,
			PersonId onBehalfOf, String reference) {
		for (Credit credit : request.credits()) {
			if (credit.payee().equals(request.payer())) {
				throw new Refusal(Reason.SAME_ACCOUNT, request.payer());
			}
		}
		return transactions.execute(status -> {
			List<AccountId> accounts = new ArrayList<>();
			accounts.add(request.payer());
			request.credits().forEach(credit -> accounts.add(credit.payee()));
			Map<AccountId, Row> locked = journal.lock(accounts);
			TimeBankId bank = locked.get(request.payer()).bank();
			List<Leg> legs = new ArrayList<>(request.credits().size());
			StringBuilder content = new StringBuilder();
			for (Credit credit : request.credits()) {
				Row payee = locked.get(credit.payee());
				if (!payee.bank().equals(bank)) {
					throw new Refusal(Reason.NOT_A_MEMBER, credit.payee(), bank);
				}
				legs.add(Leg.of(Transfer.Kind.GROUP_CREDIT, bank, request.payer(), credit.payee(), credit.amount()));
				content.append(credit.payee()).append('=').append(credit.amount().value()).append(',');
			}
			Posting posting = new Posting(bank, origin, key, "GROUP_CREDIT",
					Fingerprint.of("GROUP_CREDIT", request.payer(), content, memo, recordedBy, onBehalfOf, reference),
					legs, memo, recordedBy, onBehalfOf, reference);
			List<Transfer> transfers = journal.post(posting, locked, clock.instant());
			boolean replayed = transfers.get(0).replayed();
			return new Batch(bank, request.payer(), transfers,
					transfers.stream().map(Transfer::amount).reduce(Minutes.ZERO, Minutes::plus), replayed);
		});
	}

	/**
	 * A member of one time bank pays a member of another. Posted as two legs in one transaction, through each book's
	 * clearing account for the other (opened on first use), so both books stay balanced. The key is the paying book's.
	 *
	 * @throws Refusal SAME_BOOK, UNKNOWN_ACCOUNT, BEYOND_FLOOR, BEYOND_CEILING, KEY_REUSED
	 */
	public BetweenBanks transferBetweenBanks(TransferRequest request) {
		return transactions.execute(status -> {
			Account payer = account(request.from()).orElseThrow(() -> new Refusal(Reason.UNKNOWN_ACCOUNT, request.from()));
			Account payee = account(request.to()).orElseThrow(() -> new Refusal(Reason.UNKNOWN_ACCOUNT, request.to()));
			if (payer.bank().equals(payee.bank())) {
				throw new Refusal(Reason.SAME_BOOK, payer.bank());
			}
			// Open (or find) the two clearing accounts in the order of the books' ids, whichever way the credits
			// flow, so that the first transfers each way between two new partners cannot deadlock on them.
			boolean payerFirst = payer.bank().value() < payee.bank().value();
			AccountId first = openAccount(payerFirst ? payer.bank() : payee.bank(),
					Holder.clearing(payerFirst ? payee.bank() : payer.bank())).id();
			AccountId second = openAccount(payerFirst ? payee.bank() : payer.bank(),
					Holder.clearing(payerFirst ? payer.bank() : payee.bank())).id();
			AccountId owesPayeeBank = payerFirst ? first : second;
			AccountId owedByPayerBank = payerFirst ? second : first;
			Map<AccountId, Row> locked = journal.lock(
					List.of(request.from(), request.to(), owesPayeeBank, owedByPayerBank));
			Recording recording = request.recording();
			Leg sent = new Leg(Transfer.Kind.BETWEEN_BANKS, payer.bank(), request.from(), owesPayeeBank,
					request.amount(), null, 1);
			Leg received = new Leg(Transfer.Kind.BETWEEN_BANKS, payee.bank(), owedByPayerBank, request.to(),
					request.amount(), null, 0);
			Posting posting = new Posting(payer.bank(), Origin.CLIENT, recording.key().value(), "BETWEEN_BANKS",
					Fingerprint.of("BETWEEN_BANKS", request.from(), request.to(), request.amount().value(),
							recording.memo(), recording.recordedBy(), recording.onBehalfOf(),
							recording.exchangeReference()),
					List.of(sent, received), recording.memo(), recording.recordedBy(), recording.onBehalfOf(),
					recording.exchangeReference());
			List<Transfer> legs = journal.post(posting, locked, clock.instant());
			return new BetweenBanks(legs.get(0), legs.get(1), legs.get(0).replayed());
		});
	}

	/**
	 * Corrects a mistake: posts the opposite transfer, pointing to the original (for a transfer between time banks,
	 * both legs). Limits apply as to any transfer. A transfer is reversed at most once; a reversal is not reversed
	 * (post a new transfer instead).
	 *
	 * @throws Refusal UNKNOWN_TRANSFER, REVERSAL_OF_REVERSAL, ALREADY_REVERSED, BEYOND_FLOOR, BEYOND_CEILING,
	 *         KEY_REUSED
	 */
	public Transfer reverse(TransferId original, Recording recording) {
		return transactions.execute(status -> {
			Transfer first = findTransfer(original).orElseThrow(() -> new Refusal(Reason.UNKNOWN_TRANSFER, original));
			if (first.kind() == Transfer.Kind.REVERSAL) {
				throw new Refusal(Reason.REVERSAL_OF_REVERSAL, original);
			}
			List<Transfer> originals = new ArrayList<>();
			originals.add(first);
			if (first.counterpart() != null) {
				originals.add(findTransfer(first.counterpart()).orElseThrow());
			}
			List<AccountId> accounts = new ArrayList<>();
			List<Leg> legs = new ArrayList<>();
			for (int i = 0; i < originals.size(); i++) {
				Transfer leg = originals.get(i);
				accounts.add(leg.from());
				accounts.add(leg.to());
				legs.add(new Leg(Transfer.Kind.REVERSAL, leg.bank(), leg.to(), leg.from(), leg.amount(), leg.id(),
						originals.size() == 2 ? 1 - i : -1));
			}
			Map<AccountId, Row> locked = journal.lock(accounts);
			Posting posting = new Posting(first.bank(), Origin.CLIENT, recording.key().value(), "REVERSAL",
					Fingerprint.of("REVERSAL", original, recording.memo(), recording.recordedBy(),
							recording.onBehalfOf(), recording.exchangeReference()),
					legs, recording.memo(), recording.recordedBy(), recording.onBehalfOf(),
					recording.exchangeReference());
			// A retried reversal returns the first; only then is "reversed already" a refusal.
			Optional<List<Transfer>> replayed = journal.replay(posting);
			if (replayed.isPresent()) {
				return replayed.get().get(0);
			}
			Optional<Long> reversal = jdbc.sql("SELECT id FROM timebank.ledger_transfer WHERE reverses = :id")
				.param("id", original.value())
				.query(Long.class)
				.optional();
			if (reversal.isPresent()) {
				throw new Refusal(Reason.ALREADY_REVERSED, original, reversal.get());
			}
			return journal.post(posting, locked, clock.instant()).get(0);
		});
	}

	private List<Transfer> post(Posting posting) {
		List<AccountId> accounts = new ArrayList<>();
		posting.legs().forEach(leg -> {
			accounts.add(leg.from());
			accounts.add(leg.to());
		});
		return journal.post(posting, journal.lock(accounts), clock.instant());
	}

	// ---- reading

	public Optional<Transfer> findTransfer(TransferId id) {
		return jdbc.sql("SELECT " + Journal.TRANSFER_COLUMNS + " FROM timebank.ledger_transfer WHERE id = :id")
			.param("id", id.value())
			.query((rs, n) -> Journal.transfer(rs))
			.optional();
	}

	/** Every transfer tied to an exchange or redemption, oldest first (with any reversals). */
	public List<Transfer> transfersFor(String exchangeReference) {
		return jdbc.sql("SELECT " + Journal.TRANSFER_COLUMNS
				+ " FROM timebank.ledger_transfer WHERE exchange_reference = :reference ORDER BY id")
			.param("reference", exchangeReference)
			.query((rs, n) -> Journal.transfer(rs))
			.list();
	}

	/** Where the book stands with each time bank it has exchanged with. */
	public List<ClearingPosition> clearingPositions(TimeBankId bank) {
		return jdbc.sql("""
				SELECT holder_id, id, balance_minutes FROM timebank.ledger_account
				 WHERE time_bank_id = :bank AND holder_kind = 'CLEARING' ORDER BY holder_id""")
			.param("bank", bank.value())
			.query((rs, n) -> new ClearingPosition(new TimeBankId(rs.getLong(1)), new AccountId(rs.getLong(2)),
					Minutes.of(rs.getLong(3))))
			.list();
	}

	/**
	 * The account's entries from {@code from} (inclusive) to {@code to} (exclusive), oldest first, each with the
	 * balance after it, the other account, the memo and who recorded it.
	 *
	 * @throws Refusal UNKNOWN_ACCOUNT
	 */
	public Statement statement(AccountId id, Instant from, Instant to) {
		Account account = account(id).orElseThrow(() -> new Refusal(Reason.UNKNOWN_ACCOUNT, id));
		Minutes opening = jdbc.sql("""
				SELECT balance_after FROM timebank.ledger_entry
				 WHERE account_id = :account AND posted_at < :from ORDER BY id DESC LIMIT 1""")
			.param("account", id.value())
			.param("from", from.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.optional()
			.map(Minutes::of)
			.orElse(Minutes.ZERO);
		List<StatementLine> lines = jdbc.sql("""
				SELECT e.id, e.transfer_id, t.kind, e.posted_at, e.minutes, e.balance_after, e.counterparty_account,
				       c.holder_kind, c.holder_id, t.memo, t.recorded_by, t.on_behalf_of, t.exchange_reference, t.reverses
				  FROM timebank.ledger_entry e
				  JOIN timebank.ledger_transfer t ON t.id = e.transfer_id
				  JOIN timebank.ledger_account c ON c.id = e.counterparty_account
				 WHERE e.account_id = :account AND e.posted_at >= :from AND e.posted_at < :to
				 ORDER BY e.id""")
			.param("account", id.value())
			.param("from", from.atOffset(ZoneOffset.UTC))
			.param("to", to.atOffset(ZoneOffset.UTC))
			.query(Ledger::line)
			.list();
		Minutes closing = lines.isEmpty() ? opening : lines.get(lines.size() - 1).balanceAfter();
		return new Statement(account, from, to, opening, lines, closing);
	}

	private static StatementLine line(ResultSet rs, int n) throws SQLException {
		long recordedBy = rs.getLong("recorded_by");
		PersonId recorder = rs.wasNull() ? null : new PersonId(recordedBy);
		long onBehalfOf = rs.getLong("on_behalf_of");
		PersonId member = rs.wasNull() ? null : new PersonId(onBehalfOf);
		long reverses = rs.getLong("reverses");
		TransferId reversed = rs.wasNull() ? null : new TransferId(reverses);
		return new StatementLine(rs.getLong("id"), new TransferId(rs.getLong("transfer_id")),
				Transfer.Kind.valueOf(rs.getString("kind")),
				rs.getObject("posted_at", OffsetDateTime.class).toInstant(), Minutes.of(rs.getLong("minutes")),
				Minutes.of(rs.getLong("balance_after")), new AccountId(rs.getLong("counterparty_account")),
				new Holder(Holder.Kind.valueOf(rs.getString("holder_kind")), rs.getLong("holder_id")),
				rs.getString("memo"), recorder, member, rs.getString("exchange_reference"), reversed);
	}

	// ---- internals

	/** Inserts the account if the book exists and the holder has none; its limits follow from its kind. */
	private Optional<AccountId> insertAccount(TimeBankId bank, Holder holder) {
		String limits = switch (holder.kind()) {
			case PERSON, ORGANISATION -> "b.floor_minutes, b.ceiling_minutes";
			case PARTNER -> "0, NULL";
			case COMMUNITY_POT, CLEARING -> "NULL, NULL";
		};
		// FOR SHARE: a concurrent change of the book's limits waits, so the new account takes the limits in force.
		return jdbc.sql("""
				INSERT INTO timebank.ledger_account (time_bank_id, holder_kind, holder_id, floor_minutes, ceiling_minutes,
				       opened_at)
				SELECT b.time_bank_id, :kind, :id, %s, :at
				  FROM (SELECT * FROM timebank.ledger_book WHERE time_bank_id = :bank FOR SHARE) b
				ON CONFLICT (time_bank_id, holder_kind, holder_id) DO NOTHING
				RETURNING id""".formatted(limits))
			.param("bank", bank.value())
			.param("kind", holder.kind().name())
			.param("id", holder.id())
			.param("at", now())
			.query(Long.class)
			.optional()
			.map(AccountId::new);
	}

	private OffsetDateTime now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
	}
}
