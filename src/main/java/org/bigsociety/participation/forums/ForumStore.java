package org.bigsociety.participation.forums;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bigsociety.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The forums' tables in schema {@code participation}: plain SQL, keyset paging on indexed columns. */
@Repository
class ForumStore {

	/** A forum's row: its settings, without the name and path that come from places or groups. */
	record ForumRow(long id, Long areaId, Long organisationId, boolean membersOnlyReading, int premoderatePosts,
			int premoderateDays) {
	}


	private static final String THREAD_COLUMNS = """
			id, forum_id, title, author_id, created_at, last_activity_at, posts, visible, locked_at IS NOT NULL AS locked,
			title_hidden""";

	private static final String POST_COLUMNS = """
			id, thread_id, forum_id, author_id, author_deleted, body, first, state, hidden_reason, created_at,
			edited_at""";

	private final JdbcClient jdbc;

	ForumStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// forums

	Optional<ForumRow> forumByArea(long areaId) {
		return jdbc.sql("SELECT * FROM participation.forum WHERE area_id = :area").param("area", areaId)
			.query(ForumStore::forum).optional();
	}

	Optional<ForumRow> forumByOrganisation(long organisationId) {
		return jdbc.sql("SELECT * FROM participation.forum WHERE organisation_id = :org").param("org", organisationId)
			.query(ForumStore::forum).optional();
	}

	Optional<ForumRow> forum(long id) {
		return jdbc.sql("SELECT * FROM participation.forum WHERE id = :id").param("id", id)
			.query(ForumStore::forum).optional();
	}

	List<ForumRow> forums() {
		return jdbc.sql("SELECT * FROM participation.forum ORDER BY organisation_id NULLS FIRST, id")
			.query(ForumStore::forum).list();
	}

	/** The forum's id, creating its row on first use (two people starting the first thread at once get one forum). */
	long ensureForum(Long areaId, Long organisationId, Instant now) {
		String column = areaId != null ? "area_id" : "organisation_id";
		long key = areaId != null ? areaId : organisationId;
		jdbc.sql("INSERT INTO participation.forum (" + column + ", created_at) VALUES (:key, :now) ON CONFLICT ("
				+ column + ") DO NOTHING")
			.param("key", key).param("now", Timestamp.from(now)).update();
		return jdbc.sql("SELECT id FROM participation.forum WHERE " + column + " = :key").param("key", key)
			.query(Long.class).single();
	}

	void settings(long forumId, boolean membersOnly, int premoderatePosts, int premoderateDays) {
		jdbc.sql("""
				UPDATE participation.forum SET members_only_reading = :members, premoderate_posts = :posts,
				       premoderate_days = :days WHERE id = :id""")
			.param("members", membersOnly).param("posts", premoderatePosts).param("days", premoderateDays)
			.param("id", forumId).update();
	}

	/** Visible threads in each forum and the latest activity, for the list of forums. */
	record Activity(long forumId, long threads, Instant latest) {
	}

	List<Activity> activity() {
		return jdbc.sql("""
				SELECT forum_id, count(*) AS threads, max(last_activity_at) AS latest
				FROM participation.forum_thread WHERE visible GROUP BY forum_id""")
			.query((rs, n) -> new Activity(rs.getLong("forum_id"), rs.getLong("threads"), instant(rs, "latest")))
			.list();
	}

	// threads

	long insertThread(long forumId, String title, PersonId author, Instant now) {
		return jdbc.sql("""
				INSERT INTO participation.forum_thread (forum_id, title, author_id, created_at, last_activity_at)
				VALUES (:forum, :title, :author, :now, :now) RETURNING id""")
			.param("forum", forumId).param("title", title).param("author", author.value())
			.param("now", Timestamp.from(now)).query(Long.class).single();
	}

	Optional<ForumThread> thread(long id) {
		return jdbc.sql("SELECT " + THREAD_COLUMNS + " FROM participation.forum_thread WHERE id = :id")
			.param("id", id).query(ForumStore::thread).optional();
	}

	/** A page of visible threads, newest activity first, after the keyset position (null: the first page). */
	List<ForumThread> threads(long forumId, Instant beforeActivity, long beforeId, int limit) {
		if (beforeActivity == null) {
			return jdbc.sql("SELECT " + THREAD_COLUMNS + """
					 FROM participation.forum_thread WHERE forum_id = :forum AND visible
					ORDER BY last_activity_at DESC, id DESC LIMIT :limit""")
				.param("forum", forumId).param("limit", limit).query(ForumStore::thread).list();
		}
		return jdbc.sql("SELECT " + THREAD_COLUMNS + """
				 FROM participation.forum_thread WHERE forum_id = :forum AND visible
				  AND (last_activity_at, id) < (:at, :id)
				ORDER BY last_activity_at DESC, id DESC LIMIT :limit""")
			.param("forum", forumId).param("at", Timestamp.from(beforeActivity)).param("id", beforeId)
			.param("limit", limit).query(ForumStore::thread).list();
	}

	/** A post took its place in the thread: count it and, unless it is only being restored, move the thread up. */
	void published(long threadId, boolean first, Instant now) {
		jdbc.sql("""
				UPDATE participation.forum_thread SET posts = posts + 1, last_activity_at = :now,
				       visible = visible OR :first WHERE id = :id""")
			.param("now", Timestamp.from(now)).param("first", first).param("id", threadId).update();
	}

	void hideTitle(long threadId, boolean hidden) {
		jdbc.sql("UPDATE participation.forum_thread SET title_hidden = :hidden WHERE id = :id")
			.param("hidden", hidden).param("id", threadId).update();
	}

	void lock(long threadId, Instant lockedAt) {
		jdbc.sql("UPDATE participation.forum_thread SET locked_at = :at WHERE id = :id")
			.param("at", lockedAt == null ? null : Timestamp.from(lockedAt)).param("id", threadId).update();
	}

	// posts

	long insertPost(long threadId, long forumId, PersonId author, String body, boolean first, PostState state,
			Instant now) {
		return jdbc.sql("""
				INSERT INTO participation.forum_post (thread_id, forum_id, author_id, body, first, state, created_at)
				VALUES (:thread, :forum, :author, :body, :first, :state, :now) RETURNING id""")
			.param("thread", threadId).param("forum", forumId).param("author", author.value()).param("body", body)
			.param("first", first).param("state", state.name()).param("now", Timestamp.from(now))
			.query(Long.class).single();
	}

	Optional<Post> post(long id) {
		return jdbc.sql("SELECT " + POST_COLUMNS + " FROM participation.forum_post WHERE id = :id")
			.param("id", id).query(ForumStore::post).optional();
	}

	/**
	 * A page of a thread's posts, oldest first, after the keyset position: published and hidden ones, the viewer's own
	 * waiting ones, and every waiting one for a moderator.
	 */
	List<Post> posts(long threadId, long afterId, PersonId viewer, boolean moderator, int limit) {
		return jdbc.sql("SELECT " + POST_COLUMNS + """
				 FROM participation.forum_post
				WHERE thread_id = :thread AND id > :after
				  AND (state IN ('PUBLISHED', 'HIDDEN') OR (state = 'PENDING' AND (:moderator OR author_id = :viewer)))
				ORDER BY id LIMIT :limit""")
			.param("thread", threadId).param("after", afterId).param("moderator", moderator)
			.param("viewer", viewer == null ? -1L : viewer.value()).param("limit", limit)
			.query(ForumStore::post).list();
	}

	/** Moves a post from one state to another; false (and nothing changed) if it was not in {@code from}. */
	boolean transition(long postId, PostState from, PostState to, String hiddenReason) {
		return jdbc.sql("""
				UPDATE participation.forum_post SET state = :to, hidden_reason = :reason
				WHERE id = :id AND state = :from""")
			.param("to", to.name()).param("reason", hiddenReason).param("id", postId).param("from", from.name())
			.update() == 1;
	}

	/**
	 * Its author changes a post's words, keeping the words it had in its history; it moves from state {@code from} to
	 * {@code to} (back to waiting, under pre-moderation). False, and nothing changed, if it is no longer in {@code from}.
	 */
	boolean edit(long postId, PostState from, PostState to, String body, Instant now) {
		List<String> previous = jdbc.sql("""
				UPDATE participation.forum_post p SET body = :body, state = :to, edited_at = :now
				FROM (SELECT id, body FROM participation.forum_post WHERE id = :id FOR UPDATE) old
				WHERE p.id = old.id AND p.state = :from
				RETURNING old.body""")
			.param("body", body).param("to", to.name()).param("now", Timestamp.from(now)).param("id", postId)
			.param("from", from.name()).query(String.class).list();
		if (previous.isEmpty()) {
			return false;
		}
		jdbc.sql("""
				INSERT INTO participation.forum_post_edit (post_id, previous_body, edited_at)
				VALUES (:post, :previous, :now)""")
			.param("post", postId).param("previous", previous.get(0)).param("now", Timestamp.from(now)).update();
		return true;
	}

	/** The words a post had before each change, oldest first, with when each was replaced. */
	List<PostEdit> edits(long postId) {
		return jdbc.sql("""
				SELECT previous_body, edited_at FROM participation.forum_post_edit WHERE post_id = :post ORDER BY id""")
			.param("post", postId)
			.query((rs, n) -> new PostEdit(rs.getString("previous_body"), instant(rs, "edited_at")))
			.list();
	}

	/** A published post went back to waiting: it no longer counts, and a first post takes its thread out of sight. */
	void unpublished(long threadId, boolean first) {
		jdbc.sql("""
				UPDATE participation.forum_thread SET posts = posts - 1, visible = visible AND NOT :first
				WHERE id = :id""")
			.param("first", first).param("id", threadId).update();
	}

	List<Post> pending(long forumId, int limit) {
		return jdbc.sql("SELECT " + POST_COLUMNS
				+ " FROM participation.forum_post WHERE forum_id = :forum AND state = 'PENDING' ORDER BY id LIMIT :limit")
			.param("forum", forumId).param("limit", limit).query(ForumStore::post).list();
	}

	/** Posts by the person in the forum that a moderator let through (published, or hidden later). */
	long postsLetThrough(long forumId, PersonId person) {
		return jdbc.sql("""
				SELECT count(*) FROM participation.forum_post
				WHERE author_id = :person AND forum_id = :forum AND state IN ('PUBLISHED', 'HIDDEN')""")
			.param("person", person.value()).param("forum", forumId).query(Long.class).single();
	}

	// reports

	/** False if the person already has an open report on this post (the first one stands). */
	boolean report(long postId, long forumId, PersonId reporter, String reason, Instant now) {
		return jdbc.sql("""
				INSERT INTO participation.forum_report (post_id, forum_id, reporter_id, reason, created_at)
				VALUES (:post, :forum, :reporter, :reason, :now)
				ON CONFLICT (post_id, reporter_id) WHERE resolved_at IS NULL DO NOTHING""")
			.param("post", postId).param("forum", forumId).param("reporter", reporter.value())
			.param("reason", reason).param("now", Timestamp.from(now)).update() == 1;
	}

	List<Report> openReports(long forumId, int limit) {
		return jdbc.sql("""
				SELECT id, post_id, reporter_id, reason, created_at FROM participation.forum_report
				WHERE forum_id = :forum AND resolved_at IS NULL ORDER BY id LIMIT :limit""")
			.param("forum", forumId).param("limit", limit).query(ForumStore::report).list();
	}

	List<Report> openReportsOn(long postId) {
		return jdbc.sql("""
				SELECT id, post_id, reporter_id, reason, created_at FROM participation.forum_report
				WHERE post_id = :post AND resolved_at IS NULL ORDER BY id""")
			.param("post", postId).query(ForumStore::report).list();
	}

	int resolveReports(long postId, Instant now) {
		return jdbc.sql("""
				UPDATE participation.forum_report SET resolved_at = :now WHERE post_id = :post AND resolved_at IS NULL""")
			.param("now", Timestamp.from(now)).param("post", postId).update();
	}

	// suspensions

	long suspend(long forumId, PersonId person, String reason, Instant now, Instant until) {
		return jdbc.sql("""
				INSERT INTO participation.forum_suspension (forum_id, person_id, reason, starts_at, until)
				VALUES (:forum, :person, :reason, :now, :until) RETURNING id""")
			.param("forum", forumId).param("person", person.value()).param("reason", reason)
			.param("now", Timestamp.from(now)).param("until", until == null ? null : Timestamp.from(until))
			.query(Long.class).single();
	}

	/** The suspension in force for the person in the forum that lasts longest (indefinite first), if any. */
	Optional<Suspension> suspensionInForce(long forumId, PersonId person, Instant now) {
		return jdbc.sql("""
				SELECT * FROM participation.forum_suspension
				WHERE forum_id = :forum AND person_id = :person AND lifted_at IS NULL
				  AND starts_at <= :now AND (until IS NULL OR until > :now)
				ORDER BY until DESC NULLS FIRST LIMIT 1""")
			.param("forum", forumId).param("person", person.value()).param("now", Timestamp.from(now))
			.query(ForumStore::suspension).optional();
	}

	List<Suspension> suspensionsInForce(long forumId, Instant now) {
		return jdbc.sql("""
				SELECT * FROM participation.forum_suspension
				WHERE forum_id = :forum AND lifted_at IS NULL AND (until IS NULL OR until > :now)
				ORDER BY id DESC LIMIT 200""")
			.param("forum", forumId).param("now", Timestamp.from(now)).query(ForumStore::suspension).list();
	}

	Optional<Suspension> suspension(long id) {
		return jdbc.sql("SELECT * FROM participation.forum_suspension WHERE id = :id").param("id", id)
			.query(ForumStore::suspension).optional();
	}

	boolean lift(long id, Instant now) {
		return jdbc.sql("""
				UPDATE participation.forum_suspension SET lifted_at = :now WHERE id = :id AND lifted_at IS NULL""")
			.param("now", Timestamp.from(now)).param("id", id).update() == 1;
	}

	// the moderation log

	void log(long forumId, PersonId moderator, String action, Long postId, Long threadId, PersonId subject,
			String reason, Instant now) {
		jdbc.sql("""
				INSERT INTO participation.forum_moderation_log
				       (forum_id, moderator_id, action, post_id, thread_id, subject_id, reason, at)
				VALUES (:forum, :moderator, :action, :post, :thread, :subject, :reason, :now)""")
			.param("forum", forumId).param("moderator", moderator.value()).param("action", action)
			.param("post", postId).param("thread", threadId).param("subject", subject == null ? null : subject.value())
			.param("reason", reason).param("now", Timestamp.from(now)).update();
	}

	List<LogEntry> log(long forumId, int limit) {
		return jdbc.sql("""
				SELECT * FROM participation.forum_moderation_log WHERE forum_id = :forum ORDER BY id DESC LIMIT :limit""")
			.param("forum", forumId).param("limit", limit)
			.query((rs, n) -> new LogEntry(rs.getLong("id"), person(rs, "moderator_id"), rs.getString("action"),
					(Long) rs.getObject("post_id"), (Long) rs.getObject("thread_id"), person(rs, "subject_id"),
					rs.getString("reason"), instant(rs, "at")))
			.list();
	}

	// new accounts

	void registered(PersonId person, Instant at) {
		jdbc.sql("""
				INSERT INTO participation.forum_newcomer (person_id, registered_at) VALUES (:person, :at)
				ON CONFLICT (person_id) DO NOTHING""")
			.param("person", person.value()).param("at", Timestamp.from(at)).update();
	}

	Optional<Instant> registeredAt(PersonId person) {
		return jdbc.sql("SELECT registered_at FROM participation.forum_newcomer WHERE person_id = :person")
			.param("person", person.value()).query((rs, n) -> instant(rs, "registered_at")).optional();
	}

	// erasure

	/** The account is deleted: its posts keep their places without their words; every id of it is forgotten. */
	void forget(PersonId person) {
		long id = person.value();
		jdbc.sql("""
				DELETE FROM participation.forum_post_edit
				WHERE post_id IN (SELECT p.id FROM participation.forum_post p WHERE p.author_id = :id)""")
			.param("id", id).update();
		jdbc.sql("""
				UPDATE participation.forum_post SET author_id = NULL, author_deleted = TRUE, body = ''
				WHERE author_id = :id""").param("id", id).update();
		jdbc.sql("UPDATE participation.forum_thread SET author_id = NULL WHERE author_id = :id").param("id", id).update();
		jdbc.sql("UPDATE participation.forum_report SET reporter_id = NULL WHERE reporter_id = :id").param("id", id)
			.update();
		jdbc.sql("DELETE FROM participation.forum_suspension WHERE person_id = :id").param("id", id).update();
		jdbc.sql("UPDATE participation.forum_moderation_log SET moderator_id = NULL WHERE moderator_id = :id")
			.param("id", id).update();
		jdbc.sql("UPDATE participation.forum_moderation_log SET subject_id = NULL WHERE subject_id = :id")
			.param("id", id).update();
		jdbc.sql("DELETE FROM participation.forum_newcomer WHERE person_id = :id").param("id", id).update();
	}

	// mapping

	private static ForumRow forum(ResultSet rs, int n) throws SQLException {
		return new ForumRow(rs.getLong("id"), (Long) rs.getObject("area_id"), (Long) rs.getObject("organisation_id"),
				rs.getBoolean("members_only_reading"), rs.getInt("premoderate_posts"), rs.getInt("premoderate_days"));
	}

	private static ForumThread thread(ResultSet rs, int n) throws SQLException {
		return new ForumThread(rs.getLong("id"), rs.getLong("forum_id"), rs.getString("title"),
				person(rs, "author_id"), instant(rs, "created_at"), instant(rs, "last_activity_at"), rs.getInt("posts"),
				rs.getBoolean("visible"), rs.getBoolean("locked"), rs.getBoolean("title_hidden"));
	}

	private static Post post(ResultSet rs, int n) throws SQLException {
		return new Post(rs.getLong("id"), rs.getLong("thread_id"), rs.getLong("forum_id"), person(rs, "author_id"),
				rs.getBoolean("author_deleted"), rs.getString("body"), rs.getBoolean("first"),
				PostState.valueOf(rs.getString("state")), rs.getString("hidden_reason"), instant(rs, "created_at"),
				instant(rs, "edited_at"));
	}

	private static Report report(ResultSet rs, int n) throws SQLException {
		return new Report(rs.getLong("id"), rs.getLong("post_id"), person(rs, "reporter_id"), rs.getString("reason"),
				instant(rs, "created_at"));
	}

	private static Suspension suspension(ResultSet rs, int n) throws SQLException {
		return new Suspension(rs.getLong("id"), rs.getLong("forum_id"), person(rs, "person_id"),
				rs.getString("reason"), instant(rs, "starts_at"), instant(rs, "until"));
	}

	private static PersonId person(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : new PersonId(value);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}
}
