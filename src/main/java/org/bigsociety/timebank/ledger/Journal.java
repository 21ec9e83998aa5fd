package org.bigsociety.timebank.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.bigsociety.people.PersonId;
import org.bigsociety.timebank.Minutes;
import org.bigsociety.timebank.TimeBankId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ledger's writes: locks accounts in id order, checks limits, and posts a request's transfers, entries and new
 * balances in one statement. Every method runs inside the caller's transaction.
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
		List<Row> rows = jdbc.sql("SELECT " + ACCOUNT_COLUMNS + """
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
				     WHERE account.id = b.id)
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
