package org.bigsociety.timebank.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.bigsociety.people.PersonId;
import org.bigsociety.timebank.Minutes;
import org.bigsociety.timebank.TimeBankId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ledger's writes: locks accounts in id order, checks limits, and posts a request's transfers, entries and new
 * balances in one statement. Every method runs inside the caller's transaction; {@link #postOne} and
 * {@link #postMany}, one statement each, may also run on their own and commit by themselves.
 */
@Component
class Journal {

	/** Whose key: a client's, or one the ledger made for itself (starting gifts, group activities). */
	enum Origin {
		CLIENT, SYSTEM
	}

	/** One transfer to post. {@code counterpart} is the index of the other leg of a transfer between banks, or -1. */
	record Leg(Transfer.Kind kind, TimeBankId bank, AccountId from, AccountId to, Minutes amount, TransferId reverses,
			int counterpart) {

		static Leg of(Transfer.Kind kind, TimeBankId bank, AccountId from, AccountId to, Minutes amount) {
			return new Leg(kind, bank, from, to, amount, null, -1);
		}
	}

	/** Everything one request posts, all or nothing, under one idempotency key in {@code bank}'s book. */
	record Posting(TimeBankId bank, Origin origin, String key, String operation, String fingerprint, List<Leg> legs,
			String memo, PersonId recordedBy, PersonId onBehalfOf, String exchangeReference) {
	}

	/** An account row as locked for this transaction. */
	record Row(AccountId id, TimeBankId bank, Holder holder, long balance, Long floor, Long ceiling, Instant openedAt) {

		Account account() {
			return new Account(id, bank, holder, Minutes.of(balance), floor == null ? null : Minutes.of(floor),
					ceiling == null ? null : Minutes.of(ceiling), openedAt);
		}
	}

	static final String ACCOUNT_COLUMNS = " id, time_bank_id, holder_kind, holder_id, balance_minutes, floor_minutes,"
			+ " ceiling_minutes, opened_at ";

	static final String TRANSFER_COLUMNS = " id, time_bank_id, kind, from_account, to_account, minutes, memo,"
			+ " recorded_by, on_behalf_of, exchange_reference, reverses, counterpart, recorded_at ";

	private final JdbcClient jdbc;

	Journal(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the accounts in id order, so that two transactions locking overlapping accounts always queue rather than
	 * deadlock, and returns them as they are now.
	 *
	 * @throws Refusal UNKNOWN_ACCOUNT if any does not exist
	 */
	Map<AccountId, Row> lock(Collection<AccountId> accounts) {
		long[] ids = new TreeSet<>(accounts.stream().map(AccountId::value).toList()).stream()
			.mapToLong(Long::longValue)
			.toArray();
		// Two accounts (most transfers) as two parameters, whose plan PostgreSQL caches; an array is planned anew
		// on every call.
		List<Row> rows = ids.length == 2 ? jdbc.sql("SELECT " + ACCOUNT_COLUMNS + """
				 FROM timebank.ledger_account WHERE id IN (:first, :second)
				 ORDER BY id FOR NO KEY UPDATE""")
			.param("first", ids[0])
			.param("second", ids[1])
			.query(Journal::row)
			.list()
				: jdbc.sql("SELECT " + ACCOUNT_COLUMNS + """
				 FROM timebank.ledger_account WHERE id = ANY(CAST(:ids AS BIGINT[]))
				 ORDER BY id FOR NO KEY UPDATE""")
					.param("ids", ids)
					.query(Journal::row)
					.list();
		Map<AccountId, Row> locked = new LinkedHashMap<>();
		rows.forEach(row -> locked.put(row.id(), row));
		for (AccountId account : accounts) {
			if (!locked.containsKey(account)) {
				throw new Refusal(Refusal.Reason.UNKNOWN_ACCOUNT, account);
			}
		}
		return locked;
	}

	/**
	 * Posts the request's legs, or returns what the same key posted before.
	 *
	 * @param locked every account the legs touch, locked by {@link #lock}
	 * @throws Refusal BEYOND_FLOOR or BEYOND_CEILING (for a new key), KEY_REUSED (for a known key with other content)
	 */
	List<Transfer> post(Posting posting, Map<AccountId, Row> locked, Instant now) {
		Instant at = now.truncatedTo(ChronoUnit.MICROS);
		Map<AccountId, Long> balances = new LinkedHashMap<>();
		locked.forEach((id, row) -> balances.put(id, row.balance()));
		int legs = posting.legs().size();
		long[] fromAfter = new long[legs];
		long[] toAfter = new long[legs];
		Refusal refusal = null;
		for (int i = 0; i < legs && refusal == null; i++) {
			Leg leg = posting.legs().get(i);
			Row payer = locked.get(leg.from());
			Row payee = locked.get(leg.to());
			fromAfter[i] = Math.subtractExact(balances.get(leg.from()), leg.amount().value());
			toAfter[i] = Math.addExact(balances.get(leg.to()), leg.amount().value());
			balances.put(leg.from(), fromAfter[i]);
			balances.put(leg.to(), toAfter[i]);
			if (payer.floor() != null && fromAfter[i] < payer.floor()) {
				refusal = new Refusal(Refusal.Reason.BEYOND_FLOOR, leg.from(), Minutes.of(fromAfter[i]),
						Minutes.of(payer.floor()));
			}
			else if (payee.ceiling() != null && toAfter[i] > payee.ceiling()) {
				refusal = new Refusal(Refusal.Reason.BEYOND_CEILING, leg.to(), Minutes.of(toAfter[i]),
						Minutes.of(payee.ceiling()));
			}
		}
		if (refusal != null) {
			// A retry of a request that was posted when it still fitted returns what it posted, not a refusal.
			Refusal refused = refusal;
			return replay(posting).orElseThrow(() -> refused);
		}
		List<Long> ids = insert(posting, balances, fromAfter, toAfter, at);
		if (ids.isEmpty()) {
			return replay(posting).orElseThrow(() -> new IllegalStateException(
					"Request " + posting.key() + " conflicted but cannot be found"));
		}
		List<Transfer> posted = new ArrayList<>(legs);
		for (int i = 0; i < legs; i++) {
			Leg leg = posting.legs().get(i);
			TransferId counterpart = leg.counterpart() < 0 ? null : new TransferId(ids.get(leg.counterpart()));
			posted.add(new Transfer(new TransferId(ids.get(i)), leg.bank(), leg.kind(), leg.from(), leg.to(),
					leg.amount(), posting.memo(), posting.recordedBy(), posting.onBehalfOf(),
					posting.exchangeReference(), leg.reverses(), counterpart, at, false));
		}
		return posted;
	}

	/** What {@link #postOne}'s (or one item of {@link #postMany}'s) statement found and did. */
	record One(boolean payerFound, boolean payeeFound, Long bank, String refusal, Long fromAfter, Long toAfter,
			Long floor, Long ceiling, Long transferId, Instant at) {
	}

	private static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	/**
	 * Posts one transfer between two accounts in a single statement (one round trip): locks both accounts in id
	 * order, checks the book and the limits against the balances it locked, and only then inserts the request, the
	 * transfer, its two entries and the new balances. The same rules as {@link #lock} and {@link #post}, for the
	 * commonest request.
	 *
	 * @throws Refusal UNKNOWN_ACCOUNT, DIFFERENT_BOOKS, BEYOND_FLOOR or BEYOND_CEILING (for a new key), KEY_REUSED
	 */
	Transfer postOne(Single single, Instant now) {
		return outcome(single, postOneFound(single, now));
	}

	/** {@link #postOne}'s statement: what it found and did, to be turned into a transfer by {@link #outcome}. */
	One postOneFound(Single single, Instant now) {
		TransferRequest request = single.request();
		Instant at = now.truncatedTo(ChronoUnit.MICROS);
		Recording recording = request.recording();
		return jdbc.sql("""
				WITH locked AS MATERIALIZED (
				    SELECT id, time_bank_id, balance_minutes, floor_minutes, ceiling_minutes
				      FROM timebank.ledger_account WHERE id IN (:from, :to)
				     ORDER BY id FOR NO KEY UPDATE),
				verdict AS MATERIALIZED (
				    SELECT payer.time_bank_id AS bank, payer.balance_minutes - :minutes AS from_after,
				           payee.balance_minutes + :minutes AS to_after, payer.floor_minutes, payee.ceiling_minutes,
				           CASE WHEN payer.time_bank_id <> payee.time_bank_id THEN 'DIFFERENT_BOOKS'
				                WHEN payer.balance_minutes - :minutes < payer.floor_minutes THEN 'BEYOND_FLOOR'
				                WHEN payee.balance_minutes + :minutes > payee.ceiling_minutes THEN 'BEYOND_CEILING'
				           END AS refusal
				      FROM locked payer, locked payee
				     WHERE payer.id = :from AND payee.id = :to),
				request AS (
				    INSERT INTO timebank.ledger_request (time_bank_id, origin, idempotency_key, fingerprint, operation, recorded_at)
				    SELECT bank, 'CLIENT', :key, :fingerprint, :kind, :at FROM verdict WHERE refusal IS NULL
				    ON CONFLICT (time_bank_id, origin, idempotency_key) DO NOTHING
				    RETURNING id, time_bank_id),
				transfer AS (
				    INSERT INTO timebank.ledger_transfer (time_bank_id, request_id, kind, from_account, to_account, minutes,
				           memo, exchange_reference, recorded_by, on_behalf_of, recorded_at)
				    SELECT request.time_bank_id, request.id, :kind, :from, :to, :minutes, :memo, :reference, :recordedBy,
				           :onBehalfOf, :at
				      FROM request
				    RETURNING id),
				entries AS (
				    INSERT INTO timebank.ledger_entry (transfer_id, time_bank_id, account_id, counterparty_account,
				           minutes, balance_after, posted_at)
				    SELECT transfer.id, verdict.bank, side.account, side.counterparty, side.minutes, side.balance_after, :at
				      FROM transfer, verdict CROSS JOIN LATERAL (VALUES
				               (1, CAST(:from AS BIGINT), CAST(:to AS BIGINT), -CAST(:minutes AS BIGINT), verdict.from_after),
				               (2, CAST(:to AS BIGINT), CAST(:from AS BIGINT), CAST(:minutes AS BIGINT), verdict.to_after))
				           AS side(n, account, counterparty, minutes, balance_after)
				     ORDER BY side.n),
				balances AS (
				    UPDATE timebank.ledger_account account
				       SET balance_minutes = CASE WHEN account.id = :from THEN verdict.from_after ELSE verdict.to_after END
				      FROM request, verdict
				     WHERE account.id IN (:from, :to))
				SELECT EXISTS (SELECT 1 FROM locked WHERE id = :from) AS payer_found,
				       EXISTS (SELECT 1 FROM locked WHERE id = :to) AS payee_found,
				       v.bank, v.refusal, v.from_after, v.to_after, v.floor_minutes, v.ceiling_minutes,
				       (SELECT id FROM transfer) AS transfer_id
				  FROM (VALUES (1)) AS one LEFT JOIN verdict v ON true""")
			.param("from", request.from().value())
			.param("to", request.to().value())
			.param("minutes", request.amount().value())
			.param("key", recording.key().value())
			.param("fingerprint", single.fingerprint())
			.param("kind", single.kind().name())
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("memo", recording.memo())
			.param("reference", recording.exchangeReference())
			.param("recordedBy", recording.recordedBy() == null ? null : recording.recordedBy().value())
			.param("onBehalfOf", recording.onBehalfOf() == null ? null : recording.onBehalfOf().value())
			.query((rs, n) -> one(rs, at))
			.single();
	}

	/** {@link #postMany}'s statement. */
	static final String POST_MANY = """
			WITH item AS MATERIALIZED (
			    SELECT * FROM unnest(CAST(:ords AS INT[]), CAST(:kinds AS TEXT[]), CAST(:froms AS BIGINT[]),
			               CAST(:tos AS BIGINT[]), CAST(:amounts AS BIGINT[]), CAST(:keys AS TEXT[]),
			               CAST(:fingerprints AS TEXT[]), CAST(:memos AS TEXT[]), CAST(:references AS TEXT[]),
			               CAST(:recordedBy AS BIGINT[]), CAST(:onBehalfOf AS BIGINT[]))
			           AS i(ord, kind, from_account, to_account, minutes, idempotency_key, fingerprint, memo,
			                reference, recorded_by, on_behalf_of)),
			locked AS MATERIALIZED (
			    SELECT id, time_bank_id, balance_minutes, floor_minutes, ceiling_minutes
			      FROM timebank.ledger_account WHERE id = ANY(CAST(:accounts AS BIGINT[]))
			     ORDER BY id FOR NO KEY UPDATE),
			verdict AS MATERIALIZED (
			    SELECT item.*, payer.time_bank_id AS bank, payer.balance_minutes - item.minutes AS from_after,
			           payee.balance_minutes + item.minutes AS to_after, payer.floor_minutes, payee.ceiling_minutes,
			           CASE WHEN payer.time_bank_id <> payee.time_bank_id THEN 'DIFFERENT_BOOKS'
			                WHEN payer.balance_minutes - item.minutes < payer.floor_minutes THEN 'BEYOND_FLOOR'
			                WHEN payee.balance_minutes + item.minutes > payee.ceiling_minutes THEN 'BEYOND_CEILING'
			           END AS refusal
			      FROM item JOIN locked payer ON payer.id = item.from_account
			           JOIN locked payee ON payee.id = item.to_account),
			request AS (
			    INSERT INTO timebank.ledger_request (time_bank_id, origin, idempotency_key, fingerprint, operation, recorded_at)
			    SELECT bank, 'CLIENT', idempotency_key, fingerprint, kind, :at FROM verdict WHERE refusal IS NULL
			     ORDER BY ord
			    ON CONFLICT (time_bank_id, origin, idempotency_key) DO NOTHING
			    RETURNING id, time_bank_id, idempotency_key),
			posted AS MATERIALIZED (
			    SELECT verdict.*, request.id AS request_id, nextval('timebank.ledger_transfer_id_seq') AS transfer_id
			      FROM verdict JOIN request ON request.time_bank_id = verdict.bank
			           AND request.idempotency_key = verdict.idempotency_key
			     ORDER BY verdict.ord),
			transfer AS (
			    INSERT INTO timebank.ledger_transfer (id, time_bank_id, request_id, kind, from_account, to_account,
			           minutes, memo, exchange_reference, recorded_by, on_behalf_of, recorded_at)
			    SELECT transfer_id, bank, request_id, kind, from_account, to_account, minutes, memo, reference,
			           recorded_by, on_behalf_of, :at
			      FROM posted ORDER BY ord),
			entries AS (
			    INSERT INTO timebank.ledger_entry (transfer_id, time_bank_id, account_id, counterparty_account,
			           minutes, balance_after, posted_at)
			    SELECT posted.transfer_id, posted.bank, side.account, side.counterparty, side.minutes,
			           side.balance_after, :at
			      FROM posted CROSS JOIN LATERAL (VALUES
			               (1, posted.from_account, posted.to_account, -posted.minutes, posted.from_after),
			               (2, posted.to_account, posted.from_account, posted.minutes, posted.to_after))
			           AS side(n, account, counterparty, minutes, balance_after)
			     ORDER BY posted.ord, side.n),
			balances AS (
			    -- The rows to update are chosen by a list worked out once, and each new balance is read by a
			    -- subquery: had the update joined the posted transfers, PostgreSQL's recheck of a row updated
			    -- since the statement began (EvalPlanQual) could drop the row from the join, losing its update.
			    UPDATE timebank.ledger_account account
			       SET balance_minutes = (
			           SELECT CASE WHEN posted.from_account = account.id THEN posted.from_after ELSE posted.to_after END
			             FROM posted WHERE account.id IN (posted.from_account, posted.to_account))
			     WHERE account.id = ANY(ARRAY(SELECT from_account FROM posted UNION ALL SELECT to_account FROM posted)))
			SELECT item.ord, EXISTS (SELECT 1 FROM locked WHERE id = item.from_account) AS payer_found,
			       EXISTS (SELECT 1 FROM locked WHERE id = item.to_account) AS payee_found,
			       v.bank, v.refusal, v.from_after, v.to_after, v.floor_minutes, v.ceiling_minutes,
			       posted.transfer_id
			  FROM item LEFT JOIN verdict v ON v.ord = item.ord LEFT JOIN posted ON posted.ord = item.ord
			 ORDER BY item.ord""";

	/** One transfer between two accounts of a book, as a client asked for it ({@link #postOne}, {@link #postMany}). */
	record Single(Transfer.Kind kind, TransferRequest request, String fingerprint) {

		/** The request with the fingerprint that tells a retry (same content) from a reused key (other content). */
		static Single of(Transfer.Kind kind, TransferRequest request) {
			Recording recording = request.recording();
			return new Single(kind, request, Fingerprint.of(kind, request.from(), request.to(),
					request.amount().value(), recording.memo(), recording.recordedBy(), recording.onBehalfOf(),
					recording.exchangeReference()));
		}
	}

	/**
	 * Posts several clients' transfers in one statement (one round trip and one commit for all of them), each with
	 * its own outcome, exactly as {@link #postOne} would have posted each: the statement locks every account in id
	 * order, checks each transfer's book and limits against the balances it locked, and inserts the requests,
	 * transfers, entries and new balances of those that fit and whose key is new. No two transfers may share an
	 * account or a key, so that each one's check is independent of the others'; {@link GroupCommit} forms such groups.
	 *
	 * @return what the statement found and did for each transfer, in order; turn each into its transfer, a replay or
	 *         a refusal with {@link #outcome}
	 */
	List<One> postMany(List<Single> singles, Instant now) {
		int n = singles.size();
		int[] ords = new int[n];
		String[] kinds = new String[n];
		long[] froms = new long[n];
		long[] tos = new long[n];
		long[] amounts = new long[n];
		String[] keys = new String[n];
		String[] fingerprints = new String[n];
		String[] memos = new String[n];
		String[] references = new String[n];
		Long[] recordedBy = new Long[n];
		Long[] onBehalfOf = new Long[n];
		Set<Long> accounts = new TreeSet<>();
		Set<String> distinctKeys = new HashSet<>();
		for (int i = 0; i < n; i++) {
			Single single = singles.get(i);
			TransferRequest request = single.request();
			Recording recording = request.recording();
			ords[i] = i + 1;
			kinds[i] = single.kind().name();
			froms[i] = request.from().value();
			tos[i] = request.to().value();
			amounts[i] = request.amount().value();
			keys[i] = recording.key().value();
			fingerprints[i] = single.fingerprint();
			memos[i] = recording.memo();
			references[i] = recording.exchangeReference();
			recordedBy[i] = recording.recordedBy() == null ? null : recording.recordedBy().value();
			onBehalfOf[i] = recording.onBehalfOf() == null ? null : recording.onBehalfOf().value();
			if (!accounts.add(froms[i]) || !accounts.add(tos[i]) || !distinctKeys.add(keys[i])) {
				throw new IllegalArgumentException("Transfers posted together share no account and no key");
			}
		}
		Instant at = now.truncatedTo(ChronoUnit.MICROS);
		List<One> found = jdbc.sql(POST_MANY)
			.param("ords", ords)
			.param("kinds", kinds)
			.param("froms", froms)
			.param("tos", tos)
			.param("amounts", amounts)
			.param("keys", keys)
			.param("fingerprints", fingerprints)
			.param("memos", memos)
			.param("references", references)
			.param("recordedBy", recordedBy)
			.param("onBehalfOf", onBehalfOf)
			.param("accounts", accounts.stream().mapToLong(Long::longValue).toArray())
			.param("at", at.atOffset(ZoneOffset.UTC))
			.query((rs, row) -> one(rs, at))
			.list();
		if (found.size() != n) {
			throw new IllegalStateException("Posted " + n + " transfers together but heard about " + found.size());
		}
		return found;
	}

	private static One one(ResultSet rs, Instant at) throws SQLException {
		return new One(rs.getBoolean("payer_found"), rs.getBoolean("payee_found"), nullableLong(rs, "bank"),
				rs.getString("refusal"), nullableLong(rs, "from_after"), nullableLong(rs, "to_after"),
				nullableLong(rs, "floor_minutes"), nullableLong(rs, "ceiling_minutes"),
				nullableLong(rs, "transfer_id"), at);
	}

	/**
	 * The transfer {@code one} posted; or, when it posted nothing, what the same key posted before (a retry); or the
	 * reason it was refused.
	 *
	 * @throws Refusal UNKNOWN_ACCOUNT, DIFFERENT_BOOKS, BEYOND_FLOOR or BEYOND_CEILING (for a new key), KEY_REUSED
	 */
	Transfer outcome(Single single, One one) {
		Transfer.Kind kind = single.kind();
		TransferRequest request = single.request();
		Instant at = one.at();
		Recording recording = request.recording();
		if (!one.payerFound()) {
			throw new Refusal(Refusal.Reason.UNKNOWN_ACCOUNT, request.from());
		}
		if (!one.payeeFound()) {
			throw new Refusal(Refusal.Reason.UNKNOWN_ACCOUNT, request.to());
		}
		if ("DIFFERENT_BOOKS".equals(one.refusal())) {
			throw new Refusal(Refusal.Reason.DIFFERENT_BOOKS, request.from(), request.to());
		}
		TimeBankId bank = new TimeBankId(one.bank());
		Posting posting = new Posting(bank, Origin.CLIENT, recording.key().value(), kind.name(), single.fingerprint(),
				List.of(Leg.of(kind, bank, request.from(), request.to(), request.amount())), recording.memo(),
				recording.recordedBy(), recording.onBehalfOf(), recording.exchangeReference());
		if (one.refusal() != null) {
			// A retry of a request that was posted when it still fitted returns what it posted, not a refusal.
			Refusal refusal = "BEYOND_FLOOR".equals(one.refusal())
					? new Refusal(Refusal.Reason.BEYOND_FLOOR, request.from(), Minutes.of(one.fromAfter()),
							Minutes.of(one.floor()))
					: new Refusal(Refusal.Reason.BEYOND_CEILING, request.to(), Minutes.of(one.toAfter()),
							Minutes.of(one.ceiling()));
			return replay(posting).orElseThrow(() -> refusal).get(0);
		}
		if (one.transferId() == null) {
			return replay(posting).orElseThrow(() -> new IllegalStateException(
					"Request " + posting.key() + " conflicted but cannot be found")).get(0);
		}
		return new Transfer(new TransferId(one.transferId()), bank, kind, request.from(), request.to(),
				request.amount(), recording.memo(), recording.recordedBy(), recording.onBehalfOf(),
				recording.exchangeReference(), null, null, at, false);
	}

	/**
	 * The transfers an earlier request with this key posted, marked as replayed.
	 *
	 * @throws Refusal KEY_REUSED if that request's content was different
	 */
	Optional<List<Transfer>> replay(Posting posting) {
		Optional<Map.Entry<Long, String>> existing = jdbc.sql("""
				SELECT id, fingerprint FROM timebank.ledger_request
				 WHERE time_bank_id = :bank AND origin = :origin AND idempotency_key = :key""")
			.param("bank", posting.bank().value())
			.param("origin", posting.origin().name())
			.param("key", posting.key())
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.optional();
		if (existing.isEmpty()) {
			return Optional.empty();
		}
		if (!existing.get().getValue().equals(posting.fingerprint())) {
			throw new Refusal(Refusal.Reason.KEY_REUSED, posting.key());
		}
		return Optional.of(jdbc.sql("SELECT " + TRANSFER_COLUMNS
				+ " FROM timebank.ledger_transfer WHERE request_id = :request ORDER BY id")
			.param("request", existing.get().getKey())
			.query((rs, n) -> transfer(rs).asReplay())
			.list());
	}

	/**
	 * One statement: the request (skipped, with everything after it, if its key is known), the transfers with ids
	 * taken from the sequence (so legs can name each other), both entries of each in order, and the new balances.
	 * Returns the new transfer ids in leg order, or nothing if the key was known.
	 */
	private List<Long> insert(Posting posting, Map<AccountId, Long> balances, long[] fromAfter, long[] toAfter,
			Instant at) {
		int n = posting.legs().size();
		long[] banks = new long[n];
		String[] kinds = new String[n];
		long[] froms = new long[n];
		long[] tos = new long[n];
		long[] amounts = new long[n];
		long[] reverses = new long[n];
		int[] counterparts = new int[n];
		for (int i = 0; i < n; i++) {
			Leg leg = posting.legs().get(i);
			banks[i] = leg.bank().value();
			kinds[i] = leg.kind().name();
			froms[i] = leg.from().value();
			tos[i] = leg.to().value();
			amounts[i] = leg.amount().value();
			reverses[i] = leg.reverses() == null ? 0 : leg.reverses().value();
			counterparts[i] = leg.counterpart() + 1;
		}
		long[] accounts = balances.keySet().stream().mapToLong(AccountId::value).toArray();
		long[] newBalances = balances.values().stream().mapToLong(Long::longValue).toArray();
		OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
		return jdbc.sql("""
				WITH request AS (
				    INSERT INTO timebank.ledger_request (time_bank_id, origin, idempotency_key, fingerprint, operation, recorded_at)
				    VALUES (:bank, :origin, :key, :fingerprint, :operation, :at)
				    ON CONFLICT (time_bank_id, origin, idempotency_key) DO NOTHING
				    RETURNING id),
				legs AS MATERIALIZED (
				    SELECT l.ord, nextval('timebank.ledger_transfer_id_seq') AS id, l.bank, l.kind, l.from_account,
				           l.to_account, l.minutes, l.from_after, l.to_after, NULLIF(l.reverses, 0) AS reverses,
				           l.counterpart, request.id AS request_id
				      FROM request,
				           unnest(CAST(:banks AS BIGINT[]), CAST(:kinds AS TEXT[]), CAST(:froms AS BIGINT[]),
				                  CAST(:tos AS BIGINT[]), CAST(:amounts AS BIGINT[]), CAST(:fromAfter AS BIGINT[]),
				                  CAST(:toAfter AS BIGINT[]), CAST(:reverses AS BIGINT[]), CAST(:counterparts AS INT[]))
				           WITH ORDINALITY AS l(bank, kind, from_account, to_account, minutes, from_after, to_after,
				                                reverses, counterpart, ord)
				     ORDER BY l.ord),
				transfers AS (
				    INSERT INTO timebank.ledger_transfer (id, time_bank_id, request_id, kind, from_account, to_account,
				           minutes, memo, exchange_reference, recorded_by, on_behalf_of, reverses, counterpart, recorded_at)
				    SELECT legs.id, legs.bank, legs.request_id, legs.kind, legs.from_account, legs.to_account,
				           legs.minutes, :memo, :reference, :recordedBy, :onBehalfOf, legs.reverses, other.id, :at
				      FROM legs LEFT JOIN legs other ON other.ord = legs.counterpart
				    RETURNING id),
				entries AS (
				    INSERT INTO timebank.ledger_entry (transfer_id, time_bank_id, account_id, counterparty_account,
				           minutes, balance_after, posted_at)
				    SELECT legs.id, legs.bank, side.account, side.counterparty, side.minutes, side.balance_after, :at
				      FROM legs CROSS JOIN LATERAL (VALUES
				               (1, legs.from_account, legs.to_account, -legs.minutes, legs.from_after),
				               (2, legs.to_account, legs.from_account, legs.minutes, legs.to_after))
				           AS side(n, account, counterparty, minutes, balance_after)
				     ORDER BY legs.ord, side.n),
				balances AS (
				    UPDATE timebank.ledger_account account SET balance_minutes = b.balance
				      FROM request, unnest(CAST(:accounts AS BIGINT[]), CAST(:balances AS BIGINT[])) AS b(id, balance)
				     WHERE account.id = b.id AND account.id = ANY(CAST(:accounts AS BIGINT[])))
				SELECT id FROM legs ORDER BY ord""")
			.param("bank", posting.bank().value())
			.param("origin", posting.origin().name())
			.param("key", posting.key())
			.param("fingerprint", posting.fingerprint())
			.param("operation", posting.operation())
			.param("at", when)
			.param("banks", banks)
			.param("kinds", kinds)
			.param("froms", froms)
			.param("tos", tos)
			.param("amounts", amounts)
			.param("fromAfter", fromAfter)
			.param("toAfter", toAfter)
			.param("reverses", reverses)
			.param("counterparts", counterparts)
			.param("memo", posting.memo())
			.param("reference", posting.exchangeReference())
			.param("recordedBy", posting.recordedBy() == null ? null : posting.recordedBy().value())
			.param("onBehalfOf", posting.onBehalfOf() == null ? null : posting.onBehalfOf().value())
			.param("accounts", accounts)
			.param("balances", newBalances)
			.query(Long.class)
			.list();
	}

	static Row row(ResultSet rs, int n) throws SQLException {
		long floor = rs.getLong("floor_minutes");
		Long floorOrNull = rs.wasNull() ? null : floor;
		long ceiling = rs.getLong("ceiling_minutes");
		Long ceilingOrNull = rs.wasNull() ? null : ceiling;
		return new Row(new AccountId(rs.getLong("id")), new TimeBankId(rs.getLong("time_bank_id")),
				new Holder(Holder.Kind.valueOf(rs.getString("holder_kind")), rs.getLong("holder_id")),
				rs.getLong("balance_minutes"), floorOrNull, ceilingOrNull,
				rs.getObject("opened_at", OffsetDateTime.class).toInstant());
	}

	static Transfer transfer(ResultSet rs) throws SQLException {
		return new Transfer(new TransferId(rs.getLong("id")), new TimeBankId(rs.getLong("time_bank_id")),
				Transfer.Kind.valueOf(rs.getString("kind")), new AccountId(rs.getLong("from_account")),
				new AccountId(rs.getLong("to_account")), Minutes.of(rs.getLong("minutes")), rs.getString("memo"),
				person(rs, "recorded_by"), person(rs, "on_behalf_of"), rs.getString("exchange_reference"),
				transferId(rs, "reverses"), transferId(rs, "counterpart"),
				rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), false);
	}

	private static PersonId person(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : new PersonId(value);
	}

	private static TransferId transferId(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : new TransferId(value);
	}
}
