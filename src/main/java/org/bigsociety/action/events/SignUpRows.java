package org.bigsociety.action.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bigsociety.action.EventId;
import org.bigsociety.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code action.sign_up} table. Callers that change places hold the event's row lock ({@link EventRows#lock}). */
@Repository
class SignUpRows {

	static final String COLUMNS = """
			s.id, s.event_id, s.person_id, s.status, s.queue_number, s.signed_up_at, s.booked_at, s.cancelled_at,
			s.reminded_at, s.attended""";

	private final JdbcClient jdbc;

	SignUpRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<SignUp> of(EventId event, PersonId person) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM action.sign_up s WHERE s.event_id = :event AND s.person_id = :person")
			.param("event", event.value())
			.param("person", person.value())
			.query(SignUpRows::map)
			.optional();
	}

	Optional<SignUp> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM action.sign_up s WHERE s.id = :id")
			.param("id", id)
			.query(SignUpRows::map)
			.optional();
	}

	int booked(EventId event) {
		return jdbc.sql("SELECT count(*) FROM action.sign_up WHERE event_id = :event AND status = 'BOOKED'")
			.param("event", event.value())
			.query(Integer.class)
			.single();
	}

	Counts counts(EventId event) {
		return jdbc.sql("""
				SELECT count(*) FILTER (WHERE status = 'BOOKED') AS booked,
				       count(*) FILTER (WHERE status = 'WAITING') AS waiting,
				       count(*) FILTER (WHERE status = 'BOOKED' AND attended) AS attended
				FROM action.sign_up WHERE event_id = :event""")
			.param("event", event.value())
			.query((rs, n) -> new Counts(rs.getInt("booked"), rs.getInt("waiting"), rs.getInt("attended")))
			.single();
	}

	/** Where a waiting person is in the queue: 1 for next in line. */
	int positionInQueue(SignUp signUp) {
		return jdbc.sql("""
				SELECT count(*) FROM action.sign_up
				WHERE event_id = :event AND status = 'WAITING' AND queue_number <= :queue""")
			.param("event", signUp.event().value())
			.param("queue", signUp.queueNumber())
			.query(Integer.class)
			.single();
	}

	/** Booked first (in the order they booked), then the waiting list in queue order. */
	List<SignUp> active(EventId event) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM action.sign_up s
				WHERE s.event_id = :event AND s.status IN ('BOOKED', 'WAITING')
				ORDER BY CASE s.status WHEN 'BOOKED' THEN 0 ELSE 1 END, s.queue_number""")
			.param("event", event.value())
			.query(SignUpRows::map)
			.list();
	}

	Optional<SignUp> nextWaiting(EventId event) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM action.sign_up s
				WHERE s.event_id = :event AND s.status = 'WAITING'
				ORDER BY s.queue_number
				LIMIT 1""")
			.param("event", event.value())
			.query(SignUpRows::map)
			.optional();
	}

	/** A new sign-up, or a cancelled one taken up again: either way at the back of the queue. */
	SignUp put(EventId event, PersonId person, SignUp.Status status, Instant now) {
		return jdbc.sql("""
				INSERT INTO action.sign_up AS s (event_id, person_id, status, queue_number, signed_up_at, booked_at)
				VALUES (:event, :person, :status, nextval('action.sign_up_queue'), :now,
				    CASE WHEN :status = 'BOOKED' THEN CAST(:now AS TIMESTAMPTZ) END)
				ON CONFLICT (event_id, person_id) WHERE person_id IS NOT NULL DO UPDATE
				SET status = excluded.status, queue_number = excluded.queue_number, signed_up_at = excluded.signed_up_at,
				    booked_at = excluded.booked_at, cancelled_at = NULL, reminded_at = NULL, attended = NULL
				RETURNING """ + " " + COLUMNS)
			.param("event", event.value())
			.param("person", person.value())
			.param("status", status.name())
			.param("now", Timestamp.from(now))
			.query(SignUpRows::map)
			.single();
	}

	void book(long id, Instant now) {
		jdbc.sql("UPDATE action.sign_up SET status = 'BOOKED', booked_at = :now WHERE id = :id")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	void cancel(long id, Instant now) {
		jdbc.sql("UPDATE action.sign_up SET status = 'CANCELLED', cancelled_at = :now WHERE id = :id")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	/** Marks each booked place as attended or not; answers who attended. */
	List<PersonId> recordAttendance(EventId event, List<Long> attendedSignUps) {
		jdbc.sql("""
				UPDATE action.sign_up SET attended = (id = ANY (:attended))
				WHERE event_id = :event AND status = 'BOOKED'""")
			.param("attended", attendedSignUps.toArray(Long[]::new))
			.param("event", event.value())
			.update();
		return jdbc.sql("""
				SELECT person_id FROM action.sign_up
				WHERE event_id = :event AND status = 'BOOKED' AND attended AND person_id IS NOT NULL
				ORDER BY queue_number""")
			.param("event", event.value())
			.query((rs, n) -> new PersonId(rs.getLong(1)))
			.list();
	}

	/** Every sign-up of a person, with its event, newest event first. */
	List<SignUp> ofPerson(PersonId person) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM action.sign_up s JOIN action.event e ON e.id = s.event_id
				WHERE s.person_id = :person
				ORDER BY e.starts_at DESC""")
			.param("person", person.value())
			.query(SignUpRows::map)
			.list();
	}

	/** The person's sign-ups stay, for the counts, but no longer say who they were. */
	void forget(PersonId person) {
		jdbc.sql("UPDATE action.sign_up SET person_id = NULL WHERE person_id = :person")
			.param("person", person.value())
			.update();
	}

	static SignUp map(ResultSet rs, int row) throws SQLException {
		Long person = (Long) rs.getObject("person_id");
		return new SignUp(rs.getLong("id"), new EventId(rs.getLong("event_id")),
				person == null ? null : new PersonId(person), SignUp.Status.valueOf(rs.getString("status")),
				rs.getLong("queue_number"), EventRows.instant(rs, "signed_up_at"), EventRows.instant(rs, "booked_at"),
				EventRows.instant(rs, "cancelled_at"), EventRows.instant(rs, "reminded_at"),
				(Boolean) rs.getObject("attended"));
	}

	/** How many are booked and waiting, and how many of those booked came. */
	record Counts(int booked, int waiting, int attended) {
	}
}
