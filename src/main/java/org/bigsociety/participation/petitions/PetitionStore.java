package org.bigsociety.participation.petitions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bigsociety.participation.PetitionId;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.AreaId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Petitions in {@code participation.petition}: plain SQL, each change conditional on the state it starts from. */
@Repository
class PetitionStore {

	private static final String COLUMNS = """
			id, area_id, creator_id, title, background, details, state, support_token, created_at, submitted_at,
			moderated_at, moderated_by, rejection_reason, moderation_note, opened_at, closes_at, response_due_from,
			debate_reached_at, response_text, responded_at, responded_by""";

	/** Which public petitions a list shows. */
	enum Listing {
		OPEN, AWAITING_RESPONSE, RESPONDED, CLOSED, REJECTED
	}

	private final JdbcClient jdbc;

	PetitionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	PetitionId create(AreaId area, PersonId creator, String title, String background, String details,
			String supportToken, Instant at) {
		long id = jdbc.sql("""
				INSERT INTO participation.petition (area_id, creator_id, title, background, details, state, support_token,
				    created_at)
				VALUES (:area, :creator, :title, :background, :details, 'COLLECTING_SUPPORT', :token, :at)
				RETURNING id""")
			.param("area", area.value())
			.param("creator", creator == null ? null : creator.value())
			.param("title", title)
			.param("background", background)
			.param("details", details)
			.param("token", supportToken)
			.param("at", timestamp(at))
			.query(Long.class)
			.single();
		return new PetitionId(id);
	}

	Optional<Petition> find(PetitionId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM participation.petition WHERE id = :id")
			.param("id", id.value())
			.query(PetitionStore::petition)
			.optional();
	}

	/**
	 * Writes what a verb changed, only if nobody changed the petition's state or response since it was read; false if
	 * someone did (two moderators deciding at once: the second is told, and nothing of theirs is kept).
	 */
	boolean save(Petition before, Petition after) {
		Petition.Moderation moderation = after.moderation();
		Petition.Response response = after.response();
		return jdbc.sql("""
				UPDATE participation.petition SET state = :state, submitted_at = :submitted, moderated_at = :moderatedAt,
				    moderated_by = :moderatedBy, rejection_reason = :reason, moderation_note = :note, opened_at = :opened,
				    closes_at = :closes, response_text = :responseText, responded_at = :respondedAt,
				    responded_by = :respondedBy
				WHERE id = :id AND state = :before AND (responded_at IS NULL) = :notResponded""")
			.param("state", after.state().name())
			.param("submitted", timestamp(after.submittedAt()))
			.param("moderatedAt", moderation == null ? null : timestamp(moderation.at()))
			.param("moderatedBy", moderation == null || moderation.moderator() == null ? null : moderation.moderator().value())
			.param("reason", moderation == null || moderation.reason() == null ? null : moderation.reason().name())
			.param("note", moderation == null ? null : moderation.note())
			.param("opened", timestamp(after.openedAt()))
			.param("closes", timestamp(after.closesAt()))
			.param("responseText", response == null ? null : response.text())
			.param("respondedAt", response == null ? null : timestamp(response.at()))
			.param("respondedBy", response == null || response.officer() == null ? null : response.officer().value())
			.param("id", before.id().value())
			.param("before", before.state().name())
			.param("notResponded", before.response() == null)
			.update() == 1;
	}

	/** Starts the response clock once; false if it had started already. */
	boolean stampResponseDue(PetitionId id, Instant from) {
		return jdbc.sql("""
				UPDATE participation.petition SET response_due_from = :from
				WHERE id = :id AND response_due_from IS NULL""")
			.param("id", id.value())
			.param("from", timestamp(from))
			.update() == 1;
	}

	boolean stampDebate(PetitionId id, Instant at) {
		return jdbc.sql("""
				UPDATE participation.petition SET debate_reached_at = :at
				WHERE id = :id AND debate_reached_at IS NULL""")
			.param("id", id.value())
			.param("at", timestamp(at))
			.update() == 1;
	}

	/** Supporters complete: off to the moderators, if it was still collecting (once, whoever confirms last). */
	boolean submitIfSupported(PetitionId id, int needed, Instant at) {
		return jdbc.sql("""
				UPDATE participation.petition p SET state = 'AWAITING_MODERATION', submitted_at = :at
				WHERE p.id = :id AND p.state = 'COLLECTING_SUPPORT'
				  AND (SELECT count(*) FROM participation.petition_signature s
				       WHERE s.petition_id = p.id AND s.confirmed_at IS NOT NULL AND s.invalidation_id IS NULL) >= :needed""")
			.param("id", id.value())
			.param("at", timestamp(at))
			.param("needed", needed)
			.update() == 1;
	}

	List<Petition> inState(PetitionState state, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM participation.petition WHERE state = :state ORDER BY coalesce(submitted_at, created_at), id
				LIMIT :limit""")
			.param("state", state.name())
			.param("limit", limit)
			.query(PetitionStore::petition)
			.list();
	}

	List<Petition> createdBy(PersonId person) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM participation.petition WHERE creator_id = :person ORDER BY id DESC")
			.param("person", person.value())
			.query(PetitionStore::petition)
			.list();
	}

	/** Open petitions whose response or debate threshold has not been marked as reached. */
	List<Petition> openWithoutStamps(int limit) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM participation.petition
				WHERE state = 'OPEN' AND (response_due_from IS NULL OR debate_reached_at IS NULL)
				ORDER BY id LIMIT :limit""")
			.param("limit", limit)
			.query(PetitionStore::petition)
			.list();
	}

	/**
	 * One page of public petitions, newest first, optionally matching words ({@code query}, full-text, any word).
	 * {@code limit} one more than the page shows tells the caller whether there is a next page.
	 */
	List<Petition> list(Listing listing, String query, Instant now, int offset, int limit) {
		String where = switch (listing) {
			case OPEN -> "state = 'OPEN' AND closes_at > :now";
			case AWAITING_RESPONSE -> "state = 'OPEN' AND response_due_from IS NOT NULL AND responded_at IS NULL";
			case RESPONDED -> "state = 'OPEN' AND responded_at IS NOT NULL";
			case CLOSED -> "state = 'OPEN' AND closes_at <= :now";
			case REJECTED -> "state = 'REJECTED'";
		};
		boolean searching = query != null && !query.isBlank();
		String sql = "SELECT " + COLUMNS + " FROM participation.petition WHERE " + where
				+ (searching ? " AND search @@ " + ANY_WORD : "")
				+ " ORDER BY coalesce(opened_at, moderated_at, created_at) DESC, id DESC OFFSET :offset LIMIT :limit";
		var statement = jdbc.sql(sql).param("offset", offset).param("limit", limit);
		if (sql.contains(":now")) {
			statement = statement.param("now", timestamp(now));
		}
		if (searching) {
			statement = statement.param("query", query);
		}
		return statement.query(PetitionStore::petition).list();
	}

	/** Any of the words, stemmed: "bins on the towpath" finds "More bins for the canal towpath". */
	private static final String ANY_WORD = """
			coalesce(nullif(replace(plainto_tsquery('english', :query)::text, '&', '|'), ''), 'nothing_at_all')::tsquery""";

	/** Public petitions (open, or closed) sharing words with a proposed title, best match first. */
	List<Petition> similarTo(String text, int limit) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM participation.petition WHERE state = 'OPEN' AND search @@ "
				+ ANY_WORD + " ORDER BY ts_rank(search, " + ANY_WORD + ") DESC, id DESC LIMIT :limit")
			.param("query", text)
			.param("limit", limit)
			.query(PetitionStore::petition)
			.list();
	}

	/** The account is gone: keep the petitions, forget who made or decided them. */
	void forget(PersonId person) {
		jdbc.sql("UPDATE participation.petition SET creator_id = NULL WHERE creator_id = :p").param("p", person.value()).update();
		jdbc.sql("UPDATE participation.petition SET moderated_by = NULL WHERE moderated_by = :p").param("p", person.value()).update();
		jdbc.sql("UPDATE participation.petition SET responded_by = NULL WHERE responded_by = :p").param("p", person.value()).update();
	}

	static Petition petition(ResultSet rs, int row) throws SQLException {
		Petition.Moderation moderation = rs.getTimestamp("moderated_at") == null ? null
				: new Petition.Moderation(person(rs, "moderated_by"), instant(rs, "moderated_at"),
						rs.getString("rejection_reason") == null ? null
								: RejectionReason.valueOf(rs.getString("rejection_reason")),
						rs.getString("moderation_note"));
		Petition.Response response = rs.getTimestamp("responded_at") == null ? null
				: new Petition.Response(rs.getString("response_text"), instant(rs, "responded_at"),
						person(rs, "responded_by"));
		return new Petition(new PetitionId(rs.getLong("id")), new AreaId(rs.getLong("area_id")),
				person(rs, "creator_id"), rs.getString("title"), rs.getString("background"), rs.getString("details"),
				PetitionState.valueOf(rs.getString("state")), rs.getString("support_token"), instant(rs, "created_at"),
				instant(rs, "submitted_at"), moderation, instant(rs, "opened_at"), instant(rs, "closes_at"),
				instant(rs, "response_due_from"), instant(rs, "debate_reached_at"), response);
	}

	private static PersonId person(ResultSet rs, String column) throws SQLException {
		long id = rs.getLong(column);
		return rs.wasNull() ? null : new PersonId(id);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
