package org.bigsociety.participation.ideas;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.bigsociety.place.AreaId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Ideas calls, ideas, teams, supports, the panel's scores and the build weekend's sign-ups, in plain SQL. */
@Component
class IdeasStore {

	private static final String CALL_COLUMNS = """
			id, area_id, title, challenge, ideas_close_at, weekend_date, weekend_place, weekend_capacity, phase,
			panel_code""";

	private static final String IDEA_COLUMNS = """
			i.id, i.call_id, i.author_id, i.title, i.problem, i.proposal, i.beneficiaries, i.invite_code, i.created_at,
			(SELECT count(*) FROM participation.idea_support s WHERE s.idea_id = i.id) AS supports,
			i.shortlisted, i.shortlist_note, i.outcome, i.outcome_pence, i.outcome_group_id, i.outcome_note""";

	private final JdbcClient jdbc;

	IdeasStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record NewCall(Long fixedId, AreaId area, String title, String challenge, Instant ideasCloseAt,
			LocalDate weekendDate, String weekendPlace, int weekendCapacity, CallPhase phase, String panelCode,
			Long createdBy, Instant createdAt) {
	}

	long insertCall(NewCall call) {
		return jdbc.sql("""
				INSERT INTO participation.ideas_call (id, area_id, title, challenge, ideas_close_at, weekend_date,
				    weekend_place, weekend_capacity, phase, panel_code, created_by, created_at)
				VALUES (COALESCE(CAST(:id AS BIGINT), nextval(pg_get_serial_sequence('participation.ideas_call', 'id'))),
				    :area, :title, :challenge, :closes, :weekend, :place, :capacity, :phase, :code, :by, :at)
				RETURNING id""")
			.param("id", call.fixedId())
			.param("area", call.area().value())
			.param("title", call.title())
			.param("challenge", call.challenge())
			.param("closes", utc(call.ideasCloseAt()))
			.param("weekend", call.weekendDate())
			.param("place", call.weekendPlace())
			.param("capacity", call.weekendCapacity())
			.param("phase", call.phase().name())
			.param("code", call.panelCode())
			.param("by", call.createdBy())
			.param("at", utc(call.createdAt()))
			.query(Long.class)
			.single();
	}

	void insertCriterion(long callId, int position, String name, String description, int weight) {
		jdbc.sql("""
				INSERT INTO participation.ideas_criterion (call_id, position, name, description, weight)
				VALUES (:call, :position, :name, :description, :weight)""")
			.param("call", callId)
			.param("position", position)
			.param("name", name)
			.param("description", description)
			.param("weight", weight)
			.update();
	}

	Optional<Call> call(long id) {
		return jdbc.sql("SELECT " + CALL_COLUMNS + " FROM participation.ideas_call WHERE id = :id")
			.param("id", id)
			.query(IdeasStore::call)
			.optional();
	}

	/** For update: holds the call's row until the transaction ends, so phase changes never race with each other. */
	Optional<Call> lock(long id) {
		return jdbc.sql("SELECT " + CALL_COLUMNS + " FROM participation.ideas_call WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(IdeasStore::call)
			.optional();
	}

	List<Call> calls(int limit) {
		return jdbc.sql("SELECT " + CALL_COLUMNS + " FROM participation.ideas_call ORDER BY id DESC LIMIT :limit")
			.param("limit", limit)
			.query(IdeasStore::call)
			.list();
	}

	void phase(long callId, CallPhase phase) {
		jdbc.sql("UPDATE participation.ideas_call SET phase = :phase WHERE id = :id")
			.param("phase", phase.name())
			.param("id", callId)
			.update();
	}

	List<Criterion> criteria(long callId) {
		return jdbc.sql("""
				SELECT id, position, name, description, weight FROM participation.ideas_criterion
				WHERE call_id = :call ORDER BY position""")
			.param("call", callId)
			.query((rs, n) -> new Criterion(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
					rs.getInt(5)))
			.list();
	}

	long insertIdea(Long fixedId, long callId, Long authorId, String title, String problem, String proposal,
			String beneficiaries, String inviteCode, Instant at) {
		return jdbc.sql("""
				INSERT INTO participation.idea (id, call_id, author_id, title, problem, proposal, beneficiaries,
				    invite_code, created_at)
				VALUES (COALESCE(CAST(:id AS BIGINT), nextval(pg_get_serial_sequence('participation.idea', 'id'))),
				    :call, :author, :title, :problem, :proposal, :beneficiaries, :code, :at) RETURNING id""")
			.param("id", fixedId)
			.param("call", callId)
			.param("author", authorId)
			.param("title", title)
			.param("problem", problem)
			.param("proposal", proposal)
			.param("beneficiaries", beneficiaries)
			.param("code", inviteCode)
			.param("at", utc(at))
			.query(Long.class)
			.single();
	}

	int ideaCount(long callId) {
		return jdbc.sql("SELECT count(*) FROM participation.idea WHERE call_id = :call")
			.param("call", callId)
			.query(Integer.class)
			.single();
	}

	Optional<Idea> idea(long callId, long ideaId) {
		return jdbc.sql("SELECT " + IDEA_COLUMNS + " FROM participation.idea i WHERE i.call_id = :call AND i.id = :id")
			.param("call", callId)
			.param("id", ideaId)
			.query(IdeasStore::idea)
			.optional();
	}

	List<Idea> ideas(long callId) {
		return jdbc.sql("SELECT " + IDEA_COLUMNS + " FROM participation.idea i WHERE i.call_id = :call ORDER BY i.id")
			.param("call", callId)
			.query(IdeasStore::idea)
			.list();
	}

	/** Adds the person's support once; false if they already supported the idea. */
	boolean support(long ideaId, long person, Instant at) {
		return jdbc.sql("""
				INSERT INTO participation.idea_support (idea_id, person_id, created_at) VALUES (:idea, :person, :at)
				ON CONFLICT DO NOTHING""")
			.param("idea", ideaId)
			.param("person", person)
			.param("at", utc(at))
			.update() == 1;
	}

	boolean withdrawSupport(long ideaId, long person) {
		return jdbc.sql("DELETE FROM participation.idea_support WHERE idea_id = :idea AND person_id = :person")
			.param("idea", ideaId)
			.param("person", person)
			.update() == 1;
	}

	/** The ideas of the call that the person supports. */
	Set<Long> supportedBy(long callId, long person) {
		return new TreeSet<>(jdbc.sql("""
				SELECT s.idea_id FROM participation.idea_support s JOIN participation.idea i ON i.id = s.idea_id
				WHERE i.call_id = :call AND s.person_id = :person""")
			.param("call", callId)
			.param("person", person)
			.query(Long.class)
			.list());
	}

	record Member(long person, String state) {
	}

	List<Member> members(long ideaId) {
		return jdbc.sql("""
				SELECT person_id, state FROM participation.idea_member WHERE idea_id = :idea
				ORDER BY created_at, person_id""")
			.param("idea", ideaId)
			.query((rs, n) -> new Member(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/** Asks to join, or joins: a request never downgrades someone who is already a member. */
	void addMember(long ideaId, long person, String state, Instant at) {
		jdbc.sql("""
				INSERT INTO participation.idea_member (idea_id, person_id, state, created_at)
				VALUES (:idea, :person, :state, :at)
				ON CONFLICT (idea_id, person_id) DO UPDATE SET state = 'MEMBER' WHERE excluded.state = 'MEMBER'""")
			.param("idea", ideaId)
			.param("person", person)
			.param("state", state)
			.param("at", utc(at))
			.update();
	}

	boolean acceptMember(long ideaId, long person) {
		return jdbc.sql("""
				UPDATE participation.idea_member SET state = 'MEMBER'
				WHERE idea_id = :idea AND person_id = :person AND state = 'REQUESTED'""")
			.param("idea", ideaId)
			.param("person", person)
			.update() == 1;
	}

	boolean removeMember(long ideaId, long person) {
		return jdbc.sql("DELETE FROM participation.idea_member WHERE idea_id = :idea AND person_id = :person")
			.param("idea", ideaId)
			.param("person", person)
			.update() == 1;
	}

	record Seat(long id, Long person) {
	}

	List<Seat> panel(long callId) {
		return jdbc.sql("SELECT id, person_id FROM participation.ideas_judge WHERE call_id = :call ORDER BY id")
			.param("call", callId)
			.query((rs, n) -> new Seat(rs.getLong(1), (Long) rs.getObject(2)))
			.list();
	}

	Optional<Seat> seat(long callId, long person) {
		return jdbc.sql("SELECT id, person_id FROM participation.ideas_judge WHERE call_id = :call AND person_id = :person")
			.param("call", callId)
			.param("person", person)
			.query((rs, n) -> new Seat(rs.getLong(1), (Long) rs.getObject(2)))
			.optional();
	}

	void appoint(long callId, long person, Instant at) {
		jdbc.sql("""
				INSERT INTO participation.ideas_judge (call_id, person_id, appointed_at) VALUES (:call, :person, :at)
				ON CONFLICT DO NOTHING""")
			.param("call", callId)
			.param("person", person)
			.param("at", utc(at))
			.update();
	}

	/** Removes a seat and, with it, its scores. */
	boolean removeSeat(long callId, long seatId) {
		return jdbc.sql("DELETE FROM participation.ideas_judge WHERE call_id = :call AND id = :seat")
			.param("call", callId)
			.param("seat", seatId)
			.update() == 1;
	}

	List<Ranking.Score> scores(long callId) {
		return jdbc.sql("""
				SELECT s.judge_id, s.idea_id, s.criterion_id, s.score FROM participation.idea_score s
				JOIN participation.ideas_judge j ON j.id = s.judge_id WHERE j.call_id = :call""")
			.param("call", callId)
			.query((rs, n) -> new Ranking.Score(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4)))
			.list();
	}

	record SheetLine(long idea, long criterion, int score, String comment) {
	}

	/** One judge's scores, every idea. */
	List<SheetLine> sheet(long seatId) {
		return jdbc.sql("""
				SELECT idea_id, criterion_id, score, comment FROM participation.idea_score WHERE judge_id = :seat""")
			.param("seat", seatId)
			.query((rs, n) -> new SheetLine(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4)))
			.list();
	}

	/** Every judge's comments on an idea, for once judging has closed. */
	List<SheetLine> comments(long ideaId) {
		return jdbc.sql("""
				SELECT idea_id, criterion_id, score, comment FROM participation.idea_score
				WHERE idea_id = :idea AND comment <> '' ORDER BY judge_id, criterion_id""")
			.param("idea", ideaId)
			.query((rs, n) -> new SheetLine(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4)))
			.list();
	}

	void score(long seatId, long ideaId, long criterionId, int score, String comment, Instant at) {
		jdbc.sql("""
				INSERT INTO participation.idea_score (judge_id, idea_id, criterion_id, score, comment, scored_at)
				VALUES (:seat, :idea, :criterion, :score, :comment, :at)
				ON CONFLICT (judge_id, idea_id, criterion_id)
				DO UPDATE SET score = excluded.score, comment = excluded.comment, scored_at = excluded.scored_at""")
			.param("seat", seatId)
			.param("idea", ideaId)
			.param("criterion", criterionId)
			.param("score", score)
			.param("comment", comment)
			.param("at", utc(at))
			.update();
	}

	void shortlist(long ideaId, boolean shortlisted, String note) {
		jdbc.sql("UPDATE participation.idea SET shortlisted = :in, shortlist_note = :note WHERE id = :id")
			.param("in", shortlisted)
			.param("note", note)
			.param("id", ideaId)
			.update();
	}

	/** Records the outcome once; false if the idea already has one. */
	boolean outcome(long ideaId, Outcome outcome, Long pence, Long groupId, String note, Instant at) {
		return jdbc.sql("""
				UPDATE participation.idea SET outcome = :outcome, outcome_pence = :pence, outcome_group_id = :group,
				    outcome_note = :note, outcome_at = :at
				WHERE id = :id AND outcome IS NULL""")
			.param("outcome", outcome.name())
			.param("pence", pence)
			.param("group", groupId)
			.param("note", note)
			.param("at", utc(at))
			.param("id", ideaId)
			.update() == 1;
	}

	/** The people signed up for the build weekend, first come first served. */
	List<Long> signups(long callId) {
		return jdbc.sql("""
				SELECT person_id FROM participation.ideas_weekend_signup WHERE call_id = :call ORDER BY id""")
			.param("call", callId)
			.query(Long.class)
			.list();
	}

	void signUp(long callId, long person, Instant at) {
		jdbc.sql("""
				INSERT INTO participation.ideas_weekend_signup (call_id, person_id, signed_up_at)
				VALUES (:call, :person, :at) ON CONFLICT DO NOTHING""")
			.param("call", callId)
			.param("person", person)
			.param("at", utc(at))
			.update();
	}

	boolean withdraw(long callId, long person) {
		return jdbc.sql("DELETE FROM participation.ideas_weekend_signup WHERE call_id = :call AND person_id = :person")
			.param("call", callId)
			.param("person", person)
			.update() == 1;
	}

	/** A deleted account: its supports, team places and sign-ups go; its ideas and scores stay without its id. */
	void forget(long person) {
		jdbc.sql("DELETE FROM participation.idea_support WHERE person_id = :person").param("person", person).update();
		jdbc.sql("DELETE FROM participation.idea_member WHERE person_id = :person").param("person", person).update();
		jdbc.sql("DELETE FROM participation.ideas_weekend_signup WHERE person_id = :person")
			.param("person", person)
			.update();
		jdbc.sql("UPDATE participation.idea SET author_id = NULL WHERE author_id = :person")
			.param("person", person)
			.update();
		jdbc.sql("UPDATE participation.ideas_judge SET person_id = NULL WHERE person_id = :person")
			.param("person", person)
			.update();
		jdbc.sql("UPDATE participation.ideas_call SET created_by = NULL WHERE created_by = :person")
			.param("person", person)
			.update();
	}

	private static Call call(ResultSet rs, int n) throws SQLException {
		return new Call(rs.getLong("id"), new AreaId(rs.getLong("area_id")), rs.getString("title"),
				rs.getString("challenge"), instant(rs, "ideas_close_at"), rs.getObject("weekend_date", LocalDate.class),
				rs.getString("weekend_place"), rs.getInt("weekend_capacity"), CallPhase.valueOf(rs.getString("phase")),
				rs.getString("panel_code"));
	}

	private static Idea idea(ResultSet rs, int n) throws SQLException {
		String outcome = rs.getString("outcome");
		return new Idea(rs.getLong("id"), rs.getLong("call_id"), (Long) rs.getObject("author_id"),
				rs.getString("title"), rs.getString("problem"), rs.getString("proposal"), rs.getString("beneficiaries"),
				rs.getString("invite_code"), instant(rs, "created_at"), rs.getInt("supports"),
				rs.getBoolean("shortlisted"), rs.getString("shortlist_note"),
				outcome == null ? null : Outcome.valueOf(outcome), (Long) rs.getObject("outcome_pence"),
				(Long) rs.getObject("outcome_group_id"), rs.getString("outcome_note"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

	private static OffsetDateTime utc(Instant at) {
		return at == null ? null : at.atOffset(ZoneOffset.UTC);
	}
}
