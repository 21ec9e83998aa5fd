package org.bigsociety.timebank.ledger;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.bigsociety.IntegrationTest;
import org.bigsociety.people.PersonId;
import org.bigsociety.timebank.Minutes;
import org.bigsociety.timebank.TimeBankId;
import org.bigsociety.timebank.ledger.Refusal.Reason;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigsociety.timebank.ledger.LedgerFixtures.newPerson;

/**
 * Many clients at once, on the real database: random transfers (many beyond the tight limits), batches, transfers
 * between time banks, reversals, the same request sent again (sometimes while the first is still running) and keys
 * reused for other content. Afterwards every book sums to zero, every entry's running balance lies within its
 * account's limits, every cached balance equals the sum of its entries, and every key posted exactly what its client
 * was told, once. The second run does the same while another connection kills the ledger's database connections
 * part-way through (pg_terminate_backend), and clients retry with the same keys until they get an answer.
 */
@IntegrationTest
class LedgerConcurrencyTests {

	static final int THREADS = 8;

	private static final Logger log = LoggerFactory.getLogger(LedgerConcurrencyTests.class);

	/** Tight limits, so that many requests are refused: floor -2 h, ceiling 4 h, a 30 min starting gift. */
	static final Limits TIGHT = new Limits(Minutes.of(-120), Minutes.of(240), Minutes.of(30));

	@Autowired
	Ledger ledger;

	@Autowired
	GroupCommit groupCommit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Value("${spring.datasource.url}")
	String url;

	@Value("${spring.datasource.username}")
	String username;

	@Value("${spring.datasource.password:}")
	String password;

	@Test
	void keepsEveryInvariantWhileManyClientsTransferAtOnce() throws Exception {
		World world = world();
		Run run = new Run(world, null);
		long groups = groupCommit.groups();
		long grouped = groupCommit.grouped();

		run.go(THREADS, 500);
		log.info("Concurrent run: {}; single transfers went to the database {} at a time on average", run.summary(),
				String.format(Locale.ROOT, "%.2f",
						(groupCommit.grouped() - grouped) / (double) Math.max(1, groupCommit.groups() - groups)));

		assertThat(run.unexpected).isEmpty();
		assertThat(run.contradictions).isEmpty();
		assertThat(run.refusals.keySet()).contains(Reason.BEYOND_FLOOR, Reason.BEYOND_CEILING, Reason.KEY_REUSED);
		assertThat(run.posted).hasSizeGreaterThan(500);
		assertInvariants(world, run);
	}

	@Test
	void losesNothingAndPostsNothingTwiceWhenConnectionsAreKilledPartWay() throws Exception {
		World world = world();
		try (Killer killer = new Killer(DriverManager.getConnection(url, username, password))) {
			Run run = new Run(world, killer);

			run.go(THREADS, 300);
			evictDeadConnections();
			log.info("Run with killed connections: {}, {} connections killed", run.summary(), killer.killed.get());

			assertThat(run.unexpected).isEmpty();
			assertThat(run.contradictions).isEmpty();
			assertThat(run.unanswered).isEmpty();
			assertThat(killer.killed.get()).isPositive();
			assertThat(run.connectionLosses.get()).isPositive();
			assertInvariants(world, run);
		}
		finally {
			evictDeadConnections();
		}
	}

	// ---- the checks

	void assertInvariants(World world, Run run) {
		long[] banks = world.banks();

		// Every book sums to zero, in its cached balances and in its entries.
		assertThat(jdbc.sql("""
				SELECT time_bank_id FROM timebank.ledger_account WHERE time_bank_id = ANY(CAST(:banks AS BIGINT[]))
				 GROUP BY time_bank_id HAVING sum(balance_minutes) <> 0
				UNION ALL
				SELECT time_bank_id FROM timebank.ledger_entry WHERE time_bank_id = ANY(CAST(:banks AS BIGINT[]))
				 GROUP BY time_bank_id HAVING sum(minutes) <> 0""")
			.param("banks", banks)
			.query(Long.class)
			.list()).as("books that do not sum to zero").isEmpty();

		// Every cached balance equals the sum of its entries.
		assertThat(jdbc.sql("""
				SELECT a.id FROM timebank.ledger_account a
				 WHERE a.time_bank_id = ANY(CAST(:banks AS BIGINT[]))
				   AND a.balance_minutes <> (SELECT coalesce(sum(e.minutes), 0) FROM timebank.ledger_entry e
				                              WHERE e.account_id = a.id)""")
			.param("banks", banks)
			.query(Long.class)
			.list()).as("accounts whose cached balance is not the sum of their entries").isEmpty();

		// At no point was a balance outside its limits: every entry's running balance is the sum of the entries up to
		// it, and lies within the account's limits (which this test never changes).
		assertThat(jdbc.sql("""
				SELECT x.id FROM (
				    SELECT e.id, e.balance_after, a.floor_minutes, a.ceiling_minutes,
				           sum(e.minutes) OVER (PARTITION BY e.account_id ORDER BY e.id) AS running
				      FROM timebank.ledger_entry e JOIN timebank.ledger_account a ON a.id = e.account_id
				     WHERE e.time_bank_id = ANY(CAST(:banks AS BIGINT[]))) x
				 WHERE x.balance_after <> x.running
				    OR (x.floor_minutes IS NOT NULL AND x.running < x.floor_minutes)
				    OR (x.ceiling_minutes IS NOT NULL AND x.running > x.ceiling_minutes)""")
			.param("banks", banks)
			.query(Long.class)
			.list()).as("entries with a wrong or out-of-limits running balance").isEmpty();
		assertThat(jdbc.sql("SELECT count(*) FROM timebank.ledger_entry WHERE time_bank_id = ANY(CAST(:banks AS BIGINT[]))")
			.param("banks", banks)
			.query(Long.class)
			.single()).isGreaterThan(2L * run.posted.size());

		// Each key posted exactly once, exactly what its clients were told; a refused key posted nothing.
		Map<String, List<Long>> recorded = new HashMap<>();
		jdbc.sql("""
				SELECT r.idempotency_key, t.id FROM timebank.ledger_request r
				  JOIN timebank.ledger_transfer t ON t.request_id = r.id
				 WHERE r.time_bank_id = ANY(CAST(:banks AS BIGINT[])) AND r.origin = 'CLIENT'
				 ORDER BY t.id""")
			.param("banks", banks)
			.query((ResultSet rs) -> {
				recorded.computeIfAbsent(rs.getString(1), key -> new ArrayList<>()).add(rs.getLong(2));
			});
		Map<String, List<Long>> told = new HashMap<>();
		run.posted.forEach((key, ids) -> told.put(key, ids.stream().sorted().toList()));
		assertThat(recorded).isEqualTo(told);
		run.legs.forEach((key, legs) -> assertThat(recorded.get(key)).as("transfers posted for " + key).hasSize(legs));

		// A transfer is reversed at most once, and each reversal undoes one transfer of the same book.
		assertThat(jdbc.sql("""
				SELECT r.id FROM timebank.ledger_transfer r JOIN timebank.ledger_transfer t ON t.id = r.reverses
				 WHERE r.time_bank_id = ANY(CAST(:banks AS BIGINT[]))
				   AND (r.from_account <> t.to_account OR r.to_account <> t.from_account OR r.minutes <> t.minutes)""")
			.param("banks", banks)
			.query(Long.class)
			.list()).isEmpty();
	}

	void evictDeadConnections() throws SQLException {
		if (dataSource.isWrapperFor(HikariDataSource.class)) {
			dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
		}
	}

	// ---- the world: three books, each with ten people and an organisation

	record World(List<Book> books, Map<TimeBankId, List<Account>> people, Map<TimeBankId, Account> organisations,
			Map<TimeBankId, Account> pots, PersonId broker) {

		long[] banks() {
			return books.stream().mapToLong(book -> book.bank().value()).toArray();
		}
	}

	World world() {
		LedgerFixtures fixtures = new LedgerFixtures(ledger);
		List<Book> books = new ArrayList<>();
		Map<TimeBankId, List<Account>> people = new HashMap<>();
		Map<TimeBankId, Account> organisations = new HashMap<>();
		Map<TimeBankId, Account> pots = new HashMap<>();
		for (int b = 0; b < 3; b++) {
			Book book = fixtures.book(TIGHT);
			books.add(book);
			List<Account> members = new ArrayList<>();
			for (int p = 0; p < 10; p++) {
				members.add(fixtures.member(book));
			}
			people.put(book.bank(), members);
			pots.put(book.bank(), ledger.account(book.pot()).orElseThrow());
			organisations.put(book.bank(), ledger.openAccount(book.bank(),
					Holder.organisation(new org.bigsociety.groups.OrganisationId(LedgerFixtures.nextId()))));
		}
		return new World(books, people, organisations, pots, newPerson());
	}

	// ---- requests and what their clients were told

	/** What a request posted, or posted before (replayed). */
	record Outcome(List<Long> ids, boolean replayed) {
	}

	/**
	 * One client request. {@code legs} is how many transfers it posts; {@code reused} marks a key sent again with
	 * other content, which must be refused.
	 */
	record Op(IdempotencyKey key, int legs, boolean reused, boolean reversesSomething, Function<Ledger, Outcome> call) {
	}

	/** Kills the ledger's database connections from a connection of its own. */
	static final class Killer implements AutoCloseable {

		final Connection connection;
		final AtomicLong killed = new AtomicLong();

		Killer(Connection connection) {
			this.connection = connection;
		}

		synchronized void killLedgerConnections() {
			try (Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("""
							SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity
							 WHERE datname = current_database() AND pid <> pg_backend_pid()
							   AND backend_type = 'client backend' AND query LIKE '%timebank.ledger%'""")) {
				rs.next();
				killed.addAndGet(rs.getLong(1));
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public void close() throws SQLException {
			connection.close();
		}
	}

	final class Run {

		final World world;
		final Killer killer;
		final List<Op> issued = Collections.synchronizedList(new ArrayList<>());
		final List<Long> postedTransfers = Collections.synchronizedList(new ArrayList<>());
		final Map<String, List<Long>> posted = new ConcurrentHashMap<>();
		final Map<String, Integer> legs = new ConcurrentHashMap<>();
		final Map<Reason, AtomicInteger> refusals = Collections.synchronizedMap(new EnumMap<>(Reason.class));
		final ConcurrentLinkedQueue<String> contradictions = new ConcurrentLinkedQueue<>();
		final ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
		final ConcurrentLinkedQueue<String> unanswered = new ConcurrentLinkedQueue<>();
		final AtomicInteger done = new AtomicInteger();
		final AtomicInteger connectionLosses = new AtomicInteger();
		final AtomicInteger replays = new AtomicInteger();
		final Map<String, AtomicInteger> fresh = new ConcurrentHashMap<>();

		Run(World world, Killer killer) {
			this.world = world;
			this.killer = killer;
		}

		String summary() {
			return issued.size() + " requests, " + posted.size() + " keys posted, " + replays.get()
					+ " answers replayed, refusals " + refusals + ", " + connectionLosses.get() + " connections lost";
		}

		void go(int threads, int requestsEach) throws Exception {
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> clients = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				Random random = new Random(31L * t + 7);
				clients.add(pool.submit(() -> {
					start.await();
					for (int i = 0; i < requestsEach; i++) {
						send(next(random));
						// Part-way through, every 150 requests, kill whatever connections the ledger holds.
						if (killer != null && done.incrementAndGet() % 150 == 0) {
							killer.killLedgerConnections();
						}
					}
					return null;
				}));
			}
			start.countDown();
			pool.shutdown();
			for (Future<?> client : clients) {
				client.get(10, TimeUnit.MINUTES);
			}
		}

		Op next(Random random) {
			int dice = random.nextInt(100);
			Op op;
			if (dice < 10 && !issued.isEmpty()) {
				op = sameAgain(random);
			}
			else if (dice < 14 && !posted.isEmpty()) {
				try {
					op = otherContentSameKey(random);
				}
				catch (DataAccessException | TransactionException lost) {
					// Looking up what to reuse met a killed connection: send something else.
					if (killer == null) {
						throw lost;
					}
					op = transfer(random);
				}
			}
			else if (dice < 17 && !postedTransfers.isEmpty()) {
				op = reversal(random);
			}
			else if (dice < 30) {
				op = betweenBanks(random);
			}
			else if (dice < 42) {
				op = batch(random);
			}
			else {
				op = transfer(random);
			}
			if (op != null && !op.reused()) {
				issued.add(op);
			}
			return op;
		}

		void send(Op op) {
			if (op == null) {
				return;
			}
			for (int attempt = 1;; attempt++) {
				try {
					answered(op, op.call().apply(ledger));
					return;
				}
				catch (Refusal refusal) {
					refusals.computeIfAbsent(refusal.reason(), reason -> new AtomicInteger()).incrementAndGet();
					if (op.reused() != (refusal.reason() == Reason.KEY_REUSED)) {
						contradictions.add(op.key() + " refused " + refusal.reason() + (op.reused() ? ", not KEY_REUSED" : ""));
					}
					return;
				}
				catch (DataAccessException | TransactionException lost) {
					// The connection died: the request may or may not have committed. Retry with the same key.
					if (killer == null) {
						unexpected.add(lost);
						return;
					}
					connectionLosses.incrementAndGet();
					if (attempt == 30) {
						unanswered.add(op.key() + ": " + lost);
						return;
					}
					pause(attempt);
				}
				catch (RuntimeException ex) {
					unexpected.add(ex);
					return;
				}
			}
		}

		void answered(Op op, Outcome outcome) {
			if (op.reused()) {
				contradictions.add(op.key() + " reused for other content but posted " + outcome);
				return;
			}
			if (outcome.ids().size() != op.legs()) {
				contradictions.add(op.key() + " posted " + outcome.ids().size() + " transfers, not " + op.legs());
			}
			List<Long> first = posted.putIfAbsent(op.key().value(), List.copyOf(outcome.ids()));
			if (first == null) {
				legs.put(op.key().value(), op.legs());
				if (op.legs() == 1 && !op.reversesSomething()) {
					postedTransfers.addAll(outcome.ids());
				}
			}
			else if (!first.equals(outcome.ids())) {
				contradictions.add(op.key() + " posted " + outcome.ids() + " after " + first);
			}
			// Only one answer per key may say it posted; the others (in whatever order they arrive) are replays.
			if (outcome.replayed()) {
				replays.incrementAndGet();
			}
			else if (fresh.computeIfAbsent(op.key().value(), key -> new AtomicInteger()).incrementAndGet() > 1) {
				contradictions.add(op.key() + " posted again as new: " + outcome.ids());
			}
		}

		// ---- random requests

		Book anyBook(Random random) {
			return world.books().get(random.nextInt(world.books().size()));
		}

		Account anyPerson(Random random, Book book) {
			List<Account> people = world.people().get(book.bank());
			return people.get(random.nextInt(people.size()));
		}

		/** Any member, the organisation now and then; sometimes the same as the payer, which is refused. */
		Account anyMember(Random random, Book book) {
			return random.nextInt(12) == 0 ? world.organisations().get(book.bank()) : anyPerson(random, book);
		}

		int amount(Random random) {
			return 1 + random.nextInt(150);
		}

		Op transfer(Random random) {
			Book book = anyBook(random);
			Account from = anyMember(random, book);
			Account to = anyMember(random, book);
			return transfer(from, to, amount(random), LedgerFixtures.key());
		}

		Op transfer(Account from, Account to, int minutes, IdempotencyKey key) {
			TransferRequest request = new TransferRequest(from.id(), to.id(), Minutes.of(minutes),
					Recording.by(recorder(from), key, "Concurrent transfer"));
			return new Op(key, 1, false, false, ledger -> single(ledger.transfer(request)));
		}

		Op betweenBanks(Random random) {
			Book paying = anyBook(random);
			Book receiving = anyBook(random);
			while (receiving.equals(paying)) {
				receiving = anyBook(random);
			}
			return betweenBanks(anyPerson(random, paying), anyPerson(random, receiving), amount(random),
					LedgerFixtures.key());
		}

		Op betweenBanks(Account from, Account to, int minutes, IdempotencyKey key) {
			TransferRequest request = new TransferRequest(from.id(), to.id(), Minutes.of(minutes),
					Recording.by(recorder(from), key, "Between time banks"));
			return new Op(key, 2, false, false, ledger -> {
				BetweenBanks posted = ledger.transferBetweenBanks(request);
				return new Outcome(List.of(posted.sent().id().value(), posted.received().id().value()), posted.replayed());
			});
		}

		Op batch(Random random) {
			Book book = anyBook(random);
			Account payer = random.nextBoolean() ? world.organisations().get(book.bank())
					: world.pots().get(book.bank());
			List<Account> people = new ArrayList<>(world.people().get(book.bank()));
			Collections.shuffle(people, random);
			List<AccountId> payees = people.subList(0, 2 + random.nextInt(5)).stream().map(Account::id).toList();
			return batch(payer, payees, 5 + random.nextInt(60), LedgerFixtures.key());
		}

		Op batch(Account payer, List<AccountId> payees, int each, IdempotencyKey key) {
			BatchRequest request = BatchRequest.equalShares(payer.id(), payees, Minutes.of(each),
					Recording.by(world.broker(), key, "Group activity"));
			return new Op(key, payees.size(), false, false, ledger -> {
				Batch posted = ledger.creditMany(request);
				return new Outcome(posted.transfers().stream().map(t -> t.id().value()).toList(), posted.replayed());
			});
		}

		Op reversal(Random random) {
			long original;
			synchronized (postedTransfers) {
				original = postedTransfers.get(random.nextInt(postedTransfers.size()));
			}
			IdempotencyKey key = LedgerFixtures.key();
			Recording recording = Recording.by(world.broker(), key, "Reversed: entered by mistake");
			return new Op(key, 1, false, true,
					ledger -> single(ledger.reverse(new TransferId(original), recording)));
		}

		/** A request sent again with its key, perhaps while the first is still being posted. */
		Op sameAgain(Random random) {
			synchronized (issued) {
				return issued.get(random.nextInt(issued.size()));
			}
		}

		/** A key the ledger has posted, sent again for something else: it must be refused. */
		Op otherContentSameKey(Random random) {
			List<String> keys = new ArrayList<>(posted.keySet());
			String key = keys.get(random.nextInt(keys.size()));
			Op original;
			synchronized (issued) {
				original = issued.stream().filter(op -> op.key().value().equals(key)).findFirst().orElseThrow();
			}
			// The same kind of request between the same accounts in the same book, one minute more.
			Transfer first = ledger.findTransfer(new TransferId(posted.get(key).get(0))).orElseThrow();
			Account from = ledger.account(first.from()).orElseThrow();
			Account to = ledger.account(first.to()).orElseThrow();
			Op other;
			if (original.reversesSomething()) {
				other = transfer(from, to, (int) first.amount().value() + 1, original.key());
			}
			else if (first.kind() == Transfer.Kind.BETWEEN_BANKS) {
				Transfer received = ledger.findTransfer(first.counterpart()).orElseThrow();
				other = betweenBanks(from, ledger.account(received.to()).orElseThrow(),
						(int) first.amount().value() + 1, original.key());
			}
			else if (first.kind() == Transfer.Kind.GROUP_CREDIT) {
				other = batch(from, List.of(to.id()), (int) first.amount().value() + 1, original.key());
			}
			else {
				other = transfer(from, to, (int) first.amount().value() + 1, original.key());
			}
			return new Op(other.key(), other.legs(), true, false, other.call());
		}

		Outcome single(Transfer transfer) {
			return new Outcome(List.of(transfer.id().value()), transfer.replayed());
		}

		PersonId recorder(Account account) {
			return account.holder().kind() == Holder.Kind.PERSON ? new PersonId(account.holder().id()) : world.broker();
		}

		void pause(int attempt) {
			try {
				Thread.sleep(Math.min(200, 10L * attempt));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

}
