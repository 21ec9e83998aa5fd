package org.bigsociety.timebank.exchanges;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bigsociety.people.PersonId;
import org.bigsociety.timebank.Minutes;
import org.bigsociety.timebank.TimeBankId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where exchanges and their steps are kept. A change loads the row FOR UPDATE, so two clicks take turns. */
@Repository
class ExchangeStore {

	static final String COLUMNS = """
			id, time_bank_id, listing_id, provider_member_id, recipient_member_id, started_by, origin, category,
			description, status, minutes, agreed_for, provider_accepted, recipient_accepted, provider_confirmed_by,
			recipient_confirmed_by, dispute, resolution, transfer_id, created_at, created_by, completed_at, version""";

	private final JdbcClient jdbc;

	ExchangeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Exchange> find(long id) {
		return load("SELECT " + COLUMNS + " FROM timebank.exchange WHERE id = :id", id);
	}

	/** The exchange, its row locked until the transaction ends. */
	Optional<Exchange> lock(long id) {
		return load("SELECT " + COLUMNS + " FROM timebank.exchange WHERE id = :id FOR UPDATE", id);
	}

	private Optional<Exchange> load(String sql, long id) {
		List<Exchange.Step> steps = steps(id);
		return jdbc.sql(sql).param("id", id).query((row, n) -> map(row, steps)).optional();
	}

	List<Exchange.Step> steps(long id) {
		return jdbc.sql("SELECT at, action, actor, by_broker, for_member_id, minutes, note FROM timebank.exchange_step WHERE exchange_id = :id ORDER BY position")
			.param("id", id)
			.query((row, n) -> {
				long forMember = row.getLong("for_member_id");
				Long member = row.wasNull() ? null : forMember;
				int minutes = row.getInt("minutes");
				Integer amount = row.wasNull() ? null : minutes;
				return new Exchange.Step(row.getTimestamp("at").toInstant(), row.getString("action"),
						new PersonId(row.getLong("actor")), row.getBoolean("by_broker"), member, amount, row.getString("note"));
			})
			.list();
	}

	Exchange save(Exchange exchange) {
		long id;
		if (exchange.id() == null) {
			id = jdbc.sql("""
					INSERT INTO timebank.exchange (time_bank_id, listing_id, provider_member_id, recipient_member_id,
					    started_by, origin, category, description, status, minutes, agreed_for, provider_accepted,
					    recipient_accepted, provider_confirmed_by, recipient_confirmed_by, dispute, resolution,
					    transfer_id, created_at, created_by, completed_at)
					VALUES (:bank, :listing, :provider, :recipient, :startedBy, :origin, :category, :description,
					    :status, :minutes, :agreedFor, :providerAccepted, :recipientAccepted, :providerConfirmedBy,
					    :recipientConfirmedBy, :dispute, :resolution, :transfer, :createdAt, :createdBy, :completedAt)
					RETURNING id""")
				.param("bank", exchange.timeBank().value())
				.param("listing", exchange.listing())
				.param("provider", exchange.provider())
				.param("recipient", exchange.recipient())
				.param("startedBy", exchange.startedBy())
				.param("origin", exchange.origin().name())
				.param("category", exchange.category())
				.param("description", exchange.description())
				.param("status", exchange.status().name())
				.param("minutes", minutes(exchange.minutes()))
				.param("agreedFor", timestamp(exchange.agreedFor()))
				.param("providerAccepted", exchange.accepted(Exchange.Side.PROVIDER))
				.param("recipientAccepted", exchange.accepted(Exchange.Side.RECIPIENT))
				.param("providerConfirmedBy", person(exchange.confirmedBy(Exchange.Side.PROVIDER)))
				.param("recipientConfirmedBy", person(exchange.confirmedBy(Exchange.Side.RECIPIENT)))
				.param("dispute", exchange.dispute())
				.param("resolution", exchange.resolution())
				.param("transfer", exchange.transfer())
				.param("createdAt", timestamp(exchange.createdAt()))
				.param("createdBy", exchange.createdBy().value())
				.param("completedAt", timestamp(exchange.completedAt()))
				.query(Long.class)
				.single();
		}
		else {
			id = exchange.id();
			int updated = jdbc.sql("""
					UPDATE timebank.exchange SET status = :status, minutes = :minutes, agreed_for = :agreedFor,
					    provider_accepted = :providerAccepted, recipient_accepted = :recipientAccepted,
					    provider_confirmed_by = :providerConfirmedBy, recipient_confirmed_by = :recipientConfirmedBy,
					    dispute = :dispute, resolution = :resolution, transfer_id = :transfer,
					    completed_at = :completedAt, version = version + 1
					WHERE id = :id AND version = :version""")
				.param("status", exchange.status().name())
				.param("minutes", minutes(exchange.minutes()))
				.param("agreedFor", timestamp(exchange.agreedFor()))
				.param("providerAccepted", exchange.accepted(Exchange.Side.PROVIDER))
				.param("recipientAccepted", exchange.accepted(Exchange.Side.RECIPIENT))
				.param("providerConfirmedBy", person(exchange.confirmedBy(Exchange.Side.PROVIDER)))
				.param("recipientConfirmedBy", person(exchange.confirmedBy(Exchange.Side.RECIPIENT)))
				.param("dispute", exchange.dispute())
				.param("resolution", exchange.resolution())
				.param("transfer", exchange.transfer())
				.param("completedAt", timestamp(exchange.completedAt()))
				.param("id", id)
				.param("version", exchange.version())
				.update();
			if (updated != 1) {
				throw new OptimisticLockingFailureException("Exchange " + id + " was changed by someone else");
			}
		}
		int position = jdbc.sql("SELECT coalesce(max(position), 0) FROM timebank.exchange_step WHERE exchange_id = :id")
			.param("id", id).query(Integer.class).single();
		for (Exchange.Step step : exchange.newSteps()) {
			jdbc.sql("""
					INSERT INTO timebank.exchange_step (exchange_id, position, at, action, actor, by_broker, for_member_id, minutes, note)
					VALUES (:id, :position, :at, :action, :actor, :broker, :forMember, :minutes, :note)""")
				.param("id", id)
				.param("position", ++position)
				.param("at", timestamp(step.at()))
				.param("action", step.action())
				.param("actor", step.actor().value())
				.param("broker", step.broker())
				.param("forMember", step.forMember())
				.param("minutes", step.minutes())
				.param("note", step.note())
				.update();
		}
		exchange.stepsSaved();
		return find(id).orElseThrow();
	}

	/** The exchanges a member is on either side of, newest first. */
	List<Exchange> ofMembers(List<Long> members) {
		if (members.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM timebank.exchange" + """
				 WHERE provider_member_id IN (:members) OR recipient_member_id IN (:members)
				ORDER BY created_at DESC, id DESC""")
			.param("members", members)
			.query((row, n) -> map(row, List.of()))
			.list();
	}

	/** A time bank's exchanges in these states, oldest first. */
	List<Exchange> inBank(TimeBankId bank, List<String> statuses) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM timebank.exchange" + """
				 WHERE time_bank_id = :bank AND status IN (:statuses)
				ORDER BY created_at, id""")
			.param("bank", bank.value())
			.param("statuses", statuses)
			.query((row, n) -> map(row, List.of()))
			.list();
	}

	private static Integer minutes(Minutes minutes) {
		return minutes == null ? null : (int) minutes.value();
	}

	private static Long person(PersonId person) {
		return person == null ? null : person.value();
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	static Exchange map(ResultSet row, List<Exchange.Step> steps) throws SQLException {
		long listing = row.getLong("listing_id");
		Long listingId = row.wasNull() ? null : listing;
		int minutes = row.getInt("minutes");
		Minutes amount = row.wasNull() ? null : Minutes.of(minutes);
		long transfer = row.getLong("transfer_id");
		Long transferId = row.wasNull() ? null : transfer;
		return new Exchange(row.getLong("id"), new TimeBankId(row.getLong("time_bank_id")), listingId,
				row.getLong("provider_member_id"), row.getLong("recipient_member_id"), row.getString("started_by"),
				Exchange.Origin.valueOf(row.getString("origin")), row.getString("category"),
				row.getString("description"), Exchange.Status.valueOf(row.getString("status")), amount,
				instant(row, "agreed_for"), row.getBoolean("provider_accepted"), row.getBoolean("recipient_accepted"),
				person(row, "provider_confirmed_by"), person(row, "recipient_confirmed_by"), row.getString("dispute"),
				row.getString("resolution"), transferId, instant(row, "created_at"), person(row, "created_by"),
				instant(row, "completed_at"), row.getInt("version"), steps);
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp value = row.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static PersonId person(ResultSet row, String column) throws SQLException {
		long value = row.getLong(column);
		return row.wasNull() ? null : new PersonId(value);
	}
}
