package org.bigsociety.participation.referendums;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.bigsociety.people.VerificationLevel;
import org.bigsociety.place.AreaId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/** Referendums, polls, their rolls and their ballots, in SQL. */
@Repository
class ReferendumStore {

	private static final SecureRandom SHUFFLE = new SecureRandom();

	private final JdbcClient jdbc;

	ReferendumStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record NewReferendum(Long fixedId, Kind kind, AreaId area, String question, String explanation, Instant opensAt,
			Instant closesAt, PassRule rule, int minChoices, int maxChoices, VerificationLevel verification,
			List<String> options, Long createdBy) {
	}

	long insert(NewReferendum r) {
		long id = jdbc.sql("""
				INSERT INTO participation.referendum (id, kind, area_id, question, explanation, opens_at, closes_at,
				    pass_percent, minimum_turnout, min_choices, max_choices, verification, state, created_by)
				VALUES (COALESCE(CAST(:id AS BIGINT), nextval(pg_get_serial_sequence('participation.referendum', 'id'))), :kind, :area,
				    :question, :explanation, :opens, :closes, :percent, :turnout, :min, :max, :verification, 'DRAFT',
				    :createdBy)
				RETURNING id""")
			.param("id", r.fixedId())
			.param("kind", r.kind().name())
			.param("area", r.area().value())
			.param("question", r.question())
			.param("explanation", r.explanation())
			.param("opens", r.opensAt().atOffset(ZoneOffset.UTC))
			.param("closes", r.closesAt().atOffset(ZoneOffset.UTC))
			.param("percent", r.rule().percent())
			.param("turnout", r.rule().minimumTurnout())
			.param("min", r.minChoices())
			.param("max", r.maxChoices())
			.param("verification", r.verification().name())
			.param("createdBy", r.createdBy())
			.query(Long.class)
			.single();
		for (int i = 0; i < r.options().size(); i++) {
			jdbc.sql("INSERT INTO participation.referendum_option (referendum_id, position, label) VALUES (:id, :p, :l)")
				.param("id", id)
				.param("p", i + 1)
				.param("l", r.options().get(i))
				.update();
		}
		return id;
	}

	private static final String COLUMNS = """
			id, kind, area_id, question, explanation, opens_at, closes_at, pass_percent, minimum_turnout, min_choices,
			max_choices, verification, state, roll_size, ballot_count, ballot_hash, passed""";

	Optional<Referendum> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM participation.referendum WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> referendum(rs, options(id)))
			.optional();
	}

	/** Locks the referendum's row for the rest of the transaction, so opening and counting happen once. */
	Optional<State> lockState(long id) {
		return jdbc.sql("SELECT state FROM participation.referendum WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query((rs, n) -> State.valueOf(rs.getString(1)))
			.optional();
	}

	List<Referendum> latest(int limit) {
		List<Long> ids = jdbc.sql("SELECT id FROM participation.referendum ORDER BY closes_at DESC, id DESC LIMIT :limit")
			.param("limit", limit)
			.query(Long.class)
			.list();
		List<Referendum> all = new ArrayList<>();
		ids.forEach(id -> find(id).ifPresent(all::add));
		return all;
	}

	List<Long> dueToOpen(Instant now) {
		return jdbc.sql("SELECT id FROM participation.referendum WHERE state = 'DRAFT' AND opens_at <= :now")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.list();
	}

	List<Long> dueToCount(Instant now) {
		return jdbc.sql("SELECT id FROM participation.referendum WHERE state = 'OPEN' AND closes_at <= :now")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.list();
	}

	private List<Referendum.Option> options(long id) {
		return jdbc.sql("""
				SELECT position, label, votes FROM participation.referendum_option WHERE referendum_id = :id
				ORDER BY position""")
			.param("id", id)
			.query((rs, n) -> new Referendum.Option(rs.getInt(1), rs.getString(2), (Integer) rs.getObject(3)))
			.list();
	}

	private static Referendum referendum(ResultSet rs, List<Referendum.Option> options) throws SQLException {
		return new Referendum(rs.getLong("id"), Kind.valueOf(rs.getString("kind")), new AreaId(rs.getLong("area_id")),
				rs.getString("question"), rs.getString("explanation"), rs.getTimestamp("opens_at").toInstant(),
				rs.getTimestamp("closes_at").toInstant(),
				new PassRule(rs.getInt("pass_percent"), rs.getInt("minimum_turnout")), rs.getInt("min_choices"),
				rs.getInt("max_choices"), VerificationLevel.valueOf(rs.getString("verification")),
				State.valueOf(rs.getString("state")), (Integer) rs.getObject("roll_size"),
				(Integer) rs.getObject("ballot_count"), rs.getString("ballot_hash"), (Boolean) rs.getObject("passed"),
				options);
	}

	void opened(long id, Instant now, int rollSize) {
		jdbc.sql("""
				UPDATE participation.referendum SET state = 'OPEN', opens_at = LEAST(opens_at, :now), roll_size = :roll
				WHERE id = :id""")
			.param("id", id)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("roll", rollSize)
			.update();
	}

	/** Adds people to the roll; someone already on it stays once. */
	void addToRoll(long id, List<Long> people) {
		for (Long person : people) {
			jdbc.sql("""
					INSERT INTO participation.referendum_roll (referendum_id, person_id) VALUES (:id, :person)
					ON CONFLICT DO NOTHING""")
				.param("id", id)
				.param("person", person)
				.update();
		}
	}

	int rollSize(long id) {
		return jdbc.sql("SELECT count(*) FROM participation.referendum_roll WHERE referendum_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	int voted(long id) {
		return jdbc.sql("SELECT count(*) FROM participation.referendum_roll WHERE referendum_id = :id AND voted")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	/** Whether the person is on the roll, and if so whether they have voted; empty if not on it. */
	Optional<Boolean> rollEntry(long id, long person) {
		return jdbc.sql("SELECT voted FROM participation.referendum_roll WHERE referendum_id = :id AND person_id = :p")
			.param("id", id)
			.param("p", person)
			.query(Boolean.class)
			.optional();
	}

	/** Marks the person's roll entry voted, voiding any card issued to it; false if not on the roll or voted. */
	boolean markVoted(long id, long person) {
		return jdbc.sql("""
				UPDATE participation.referendum_roll SET voted = true, card_code = NULL
				WHERE referendum_id = :id AND person_id = :p AND NOT voted""")
			.param("id", id)
			.param("p", person)
			.update() == 1;
	}

	/** Adds a voter to a poll's list of who voted; false if they already had. */
	boolean addPollVoter(long id, long person) {
		return jdbc.sql("""
				INSERT INTO participation.referendum_roll (referendum_id, person_id, voted) VALUES (:id, :p, true)
				ON CONFLICT DO NOTHING""")
			.param("id", id)
			.param("p", person)
			.update() == 1;
	}

	record CardEntry(long rollId, String hash, boolean voted) {
	}

	Optional<CardEntry> card(long id, String hash) {
		return jdbc.sql("""
				SELECT id, card_hash, voted FROM participation.referendum_roll
				WHERE referendum_id = :id AND card_hash = :hash""")
			.param("id", id)
			.param("hash", hash)
			.query((rs, n) -> new CardEntry(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
			.optional();
	}

	boolean markCardVoted(long rollId) {
		return jdbc.sql("""
				UPDATE participation.referendum_roll SET voted = true, card_code = NULL WHERE id = :id AND NOT voted""")
			.param("id", rollId)
			.update() == 1;
	}

	/** New roll entries for residents without an account, each with a card; its code kept until printed. */
	void addCardHolders(long id, UUID batch, List<String> codes) {
		for (String code : codes) {
			jdbc.sql("""
					INSERT INTO participation.referendum_roll (referendum_id, card_hash, card_batch, card_code)
					VALUES (:id, :hash, :batch, :code)""")
				.param("id", id)
				.param("hash", CardCode.hash(CardCode.normalise(code)))
				.param("batch", batch)
				.param("code", code)
				.update();
		}
	}

	/** Cards for roll entries with an account, no card yet and no vote; answers how many. */
	int cardsForAccountHolders(long id, UUID batch) {
		List<Long> entries = jdbc.sql("""
				SELECT id FROM participation.referendum_roll
				WHERE referendum_id = :id AND person_id IS NOT NULL AND card_hash IS NULL AND NOT voted
				ORDER BY id FOR UPDATE""")
			.param("id", id)
			.query(Long.class)
			.list();
		for (Long entry : entries) {
			String code = CardCode.fresh();
			jdbc.sql("""
					UPDATE participation.referendum_roll SET card_hash = :hash, card_batch = :batch, card_code = :code
					WHERE id = :entry""")
				.param("entry", entry)
				.param("hash", CardCode.hash(CardCode.normalise(code)))
				.param("batch", batch)
				.param("code", code)
				.update();
		}
		return entries.size();
	}

	record UnprintedCard(long number, String code) {
	}

	List<UnprintedCard> unprinted(long id, UUID batch) {
		return jdbc.sql("""
				SELECT id, card_code FROM participation.referendum_roll
				WHERE referendum_id = :id AND card_batch = :batch AND card_code IS NOT NULL ORDER BY id""")
			.param("id", id)
			.param("batch", batch)
			.query((rs, n) -> new UnprintedCard(rs.getLong(1), rs.getString(2)))
			.list();
	}

	record Batch(UUID batch, int cards) {
	}

	List<Batch> unprintedBatches(long id) {
		return jdbc.sql("""
				SELECT card_batch, count(*) FROM participation.referendum_roll
				WHERE referendum_id = :id AND card_code IS NOT NULL GROUP BY card_batch ORDER BY min(id)""")
			.param("id", id)
			.query((rs, n) -> new Batch(rs.getObject(1, UUID.class), rs.getInt(2)))
			.list();
	}

	int cardsIssued(long id) {
		return jdbc.sql("""
				SELECT count(*) FROM participation.referendum_roll WHERE referendum_id = :id AND card_hash IS NOT NULL""")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	void forgetCodes(long id, UUID batch) {
		jdbc.sql("""
				UPDATE participation.referendum_roll SET card_code = NULL
				WHERE referendum_id = :id AND (CAST(:batch AS UUID) IS NULL OR card_batch = :batch) AND card_code IS NOT NULL""")
			.param("id", id)
			.param("batch", batch)
			.update();
	}

	/**
	 * Drops a ballot into the sealed box: the vote's one box row, holding the ballots not yet mixed in a random order,
	 * is locked, and written back with the new ballot at a random place. Every vote rewrites the whole row, so the
	 * transaction id it carries ({@code xmin}, the same as the voter's roll entry's) is shared by every ballot in the box,
	 * never by the voter's ballot alone. Once the box holds twice {@code mixAt} ballots, {@code mixAt} of them, chosen at
	 * random, leave it for the ballot table in shuffled order: the box keeps at least {@code mixAt} ballots, and a
	 * voter's transaction id is never shared by fewer than {@code mixAt} ballots once that many have been cast.
	 */
	void cast(long id, String choices, int mixAt) {
		jdbc.sql("""
				INSERT INTO participation.referendum_ballot_box (referendum_id, ballots) VALUES (:id, '{}')
				ON CONFLICT (referendum_id) DO NOTHING""")
			.param("id", id)
			.update();
		List<String> box = new ArrayList<>(List.of(jdbc.sql("""
				SELECT ballots FROM participation.referendum_ballot_box WHERE referendum_id = :id FOR UPDATE""")
			.param("id", id)
			.query((rs, n) -> (String[]) rs.getArray(1).getArray())
			.single()));
		box.add(SHUFFLE.nextInt(box.size() + 1), choices);
		List<String> leaving = List.of();
		if (box.size() >= 2 * mixAt) {
			Collections.shuffle(box, SHUFFLE);
			leaving = new ArrayList<>(box.subList(0, mixAt));
			box = new ArrayList<>(box.subList(mixAt, box.size()));
		}
		jdbc.sql("UPDATE participation.referendum_ballot_box SET ballots = :ballots WHERE referendum_id = :id")
			.param("id", id)
			.param("ballots", new SqlArrayValue("text", box.toArray()))
			.update();
		writeShuffled(id, leaving);
	}

	/**
	 * Empties the box into the ballot table in a random order, each ballot with a fresh random id. Rows are written in
	 * the shuffled order, so their physical order in the table (ctid) says nothing about the order they were cast in.
	 */
	void mix(long id) {
		List<String> ballots = jdbc.sql("""
				WITH emptied AS (DELETE FROM participation.referendum_ballot_box WHERE referendum_id = :id RETURNING ballots)
				SELECT unnest(ballots) FROM emptied""")
			.param("id", id)
			.query(String.class)
			.list();
		writeShuffled(id, ballots);
	}

	/**
	 * The final mix, when the vote is counted: every ballot is taken out and written back in one random order with new
	 * random ids, so not even the batches the ballots were mixed in can be told apart.
	 */
	List<String> remix(long id) {
		mix(id);
		List<String> ballots = jdbc.sql("""
				DELETE FROM participation.referendum_ballot WHERE referendum_id = :id RETURNING choices""")
			.param("id", id)
			.query(String.class)
			.list();
		writeShuffled(id, ballots);
		return ballots;
	}

	private void writeShuffled(long id, List<String> ballots) {
		List<String> shuffled = new ArrayList<>(ballots);
		Collections.shuffle(shuffled, SHUFFLE);
		for (String choices : shuffled) {
			jdbc.sql("""
					INSERT INTO participation.referendum_ballot (id, referendum_id, choices) VALUES (:uuid, :id, :choices)""")
				.param("uuid", UUID.randomUUID())
				.param("id", id)
				.param("choices", choices)
				.update();
		}
	}

	List<String> ballots(long id) {
		return jdbc.sql("SELECT choices FROM participation.referendum_ballot WHERE referendum_id = :id")
			.param("id", id)
			.query(String.class)
			.list();
	}

	void counted(long id, int rollSize, int ballots, String hash, Boolean passed, int[] votes) {
		jdbc.sql("""
				UPDATE participation.referendum SET state = 'COUNTED', roll_size = :roll, ballot_count = :ballots,
				    ballot_hash = :hash, passed = :passed
				WHERE id = :id""")
			.param("id", id)
			.param("roll", rollSize)
			.param("ballots", ballots)
			.param("hash", hash)
			.param("passed", passed)
			.update();
		for (int i = 0; i < votes.length; i++) {
			jdbc.sql("UPDATE participation.referendum_option SET votes = :v WHERE referendum_id = :id AND position = :p")
				.param("v", votes[i])
				.param("id", id)
				.param("p", i + 1)
				.update();
		}
		forgetCodes(id, null);
	}

	/** An account was deleted: its roll entries stay (the counts must), no longer saying whose they were. */
	void forgetPerson(long person) {
		jdbc.sql("UPDATE participation.referendum_roll SET person_id = NULL WHERE person_id = :p")
			.param("p", person)
			.update();
		jdbc.sql("UPDATE participation.referendum SET created_by = NULL WHERE created_by = :p")
			.param("p", person)
			.update();
	}

	static String choices(List<Integer> positions) {
		return positions.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
	}
}
