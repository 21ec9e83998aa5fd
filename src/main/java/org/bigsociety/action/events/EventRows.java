package org.bigsociety.action.events;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.bigsociety.action.EventId;
import org.bigsociety.groups.OrganisationId;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.Coordinates;
import org.bigsociety.place.Postcode;
import org.bigsociety.timebank.TimeBankId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code action.event} table. */
@Repository
class EventRows {

	static final String COLUMNS = """
			e.id, e.title, e.description, e.kind, e.starts_at, e.ends_at, e.postcode, e.address, e.area_id, e.area_ids,
			e.latitude, e.longitude, e.capacity, e.accessibility, e.organisation_id, e.organiser_id, e.time_bank_id,
			e.minutes_each, e.cancelled_at, e.cancel_reason, e.attendance_recorded_at, e.created_at, e.updated_at,
			e.revision""";

	private final JdbcClient jdbc;

	EventRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	EventId insert(Long fixedId, EventProposal.Draft draft, Long organisation, PersonId organiser, Instant now) {
		long id = jdbc.sql("""
				INSERT INTO action.event (id, title, description, kind, starts_at, ends_at, postcode, address, area_id,
				    area_ids, latitude, longitude, capacity, accessibility, organisation_id, organiser_id, time_bank_id,
				    minutes_each, created_at, updated_at)
				VALUES (coalesce(:id, nextval(pg_get_serial_sequence('action.event', 'id'))), :title, :description,
				    :kind, :starts, :ends, :postcode, :address, :area, :areas, :latitude, :longitude, :capacity,
				    :accessibility, :organisation, :organiser, :timeBank, :minutes, :now, :now)
				RETURNING id""")
			.param("id", fixedId)
			.param("title", draft.title())
			.param("description", draft.description())
			.param("kind", draft.kind().name())
			.param("starts", Timestamp.from(draft.startsAt()))
			.param("ends", Timestamp.from(draft.endsAt()))
			.param("postcode", draft.doorstep().postcode().value())
			.param("address", draft.address())
			.param("area", draft.doorstep().smallest().id().value())
			.param("areas", draft.doorstep().areaIds().stream().map(AreaId::value).toArray(Long[]::new))
			.param("latitude", draft.doorstep().coordinates().latitude())
			.param("longitude", draft.doorstep().coordinates().longitude())
			.param("capacity", draft.capacity())
			.param("accessibility", draft.accessibility())
			.param("organisation", organisation)
			.param("organiser", organiser == null ? null : organiser.value())
			.param("timeBank", draft.timeBank())
			.param("minutes", draft.minutesEach())
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
		return new EventId(id);
	}

	Optional<Event> find(EventId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM action.event e WHERE e.id = :id")
			.param("id", id.value())
			.query(EventRows::map)
			.optional();
	}

	/**
	 * The event, its row locked until the transaction ends: sign-ups, cancellations and promotions for one event
	 * queue here, one at a time, so the count of places taken is never read stale.
	 */
	Optional<Event> lock(EventId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM action.event e WHERE e.id = :id FOR UPDATE")
			.param("id", id.value())
			.query(EventRows::map)
			.optional();
	}

	/** Events ending after {@code from}, soonest first, in the area (or anywhere, if null), called off or not. */
	List<Event> from(Instant from, AreaId area, boolean includeCancelled, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM action.event e
				WHERE e.ends_at > :from
				  AND (CAST(:area AS BIGINT) IS NULL OR CAST(:area AS BIGINT) = ANY (e.area_ids))
				  AND (:cancelled OR e.cancelled_at IS NULL)
				ORDER BY e.starts_at, e.id
				LIMIT :limit""")
			.param("from", Timestamp.from(from))
			.param("area", area == null ? null : area.value())
			.param("cancelled", includeCancelled)
			.param("limit", limit)
			.query(EventRows::map)
			.list();
	}

	/** Events run by a group, ending after {@code from}. */
	List<Event> ofOrganisation(OrganisationId organisation, Instant from, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM action.event e
				WHERE e.organisation_id = :organisation AND e.ends_at > :from
				ORDER BY e.starts_at, e.id
				LIMIT :limit""")
			.param("organisation", organisation.value())
			.param("from", Timestamp.from(from))
			.param("limit", limit)
			.query(EventRows::map)
			.list();
	}

	/** Events starting at or after {@code from} and before {@code to} in the area: a day's events. */
	List<Event> starting(Instant from, Instant to, AreaId area) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM action.event e
				WHERE e.starts_at >= :from AND e.starts_at < :to AND :area = ANY (e.area_ids)
				ORDER BY e.starts_at, e.id""")
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.param("area", area.value())
			.query(EventRows::map)
			.list();
	}

	/** Events someone scheduled, or that groups they run hold, newest start first. */
	List<Event> managedBy(PersonId person, List<Long> organisations, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM action.event e
				WHERE e.organiser_id = :person OR e.organisation_id = ANY (:organisations)
				ORDER BY e.starts_at DESC, e.id DESC
				LIMIT :limit""")
			.param("person", person.value())
			.param("organisations", organisations.toArray(Long[]::new))
			.param("limit", limit)
			.query(EventRows::map)
			.list();
	}

	void cancel(EventId id, String reason, Instant now) {
		jdbc.sql("""
				UPDATE action.event SET cancelled_at = :now, cancel_reason = :reason, updated_at = :now,
				    revision = revision + 1
				WHERE id = :id AND cancelled_at IS NULL""")
			.param("now", Timestamp.from(now))
			.param("reason", reason)
			.param("id", id.value())
			.update();
	}

	void attendanceRecorded(EventId id, Instant now) {
		jdbc.sql("UPDATE action.event SET attendance_recorded_at = :now, updated_at = :now WHERE id = :id")
			.param("now", Timestamp.from(now))
			.param("id", id.value())
			.update();
	}

	static Event map(ResultSet rs, int row) throws SQLException {
		Long organisation = (Long) rs.getObject("organisation_id");
		Long organiser = (Long) rs.getObject("organiser_id");
		Long timeBank = (Long) rs.getObject("time_bank_id");
		return new Event(new EventId(rs.getLong("id")), rs.getString("title"), rs.getString("description"),
				EventKind.valueOf(rs.getString("kind")), instant(rs, "starts_at"), instant(rs, "ends_at"),
				new Postcode(rs.getString("postcode")), rs.getString("address"), new AreaId(rs.getLong("area_id")),
				areas(rs.getArray("area_ids")), new Coordinates(rs.getDouble("latitude"), rs.getDouble("longitude")),
				rs.getInt("capacity"), rs.getString("accessibility"),
				organisation == null ? null : new OrganisationId(organisation),
				organiser == null ? null : new PersonId(organiser), timeBank == null ? null : new TimeBankId(timeBank),
				(Integer) rs.getObject("minutes_each"), instant(rs, "cancelled_at"), rs.getString("cancel_reason"),
				instant(rs, "attendance_recorded_at"), instant(rs, "created_at"), instant(rs, "updated_at"),
				rs.getInt("revision"));
	}

	static List<AreaId> areas(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((Long[]) array.getArray()).map(AreaId::new).toList();
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}
}
