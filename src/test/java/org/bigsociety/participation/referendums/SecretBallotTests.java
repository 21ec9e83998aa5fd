package org.bigsociety.participation.referendums;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.bigsociety.IntegrationTest;
import org.bigsociety.TestClock;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.Places;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigsociety.participation.referendums.ReferendumFixtures.HACKNEY;
import static org.bigsociety.participation.referendums.ReferendumFixtures.HACKNEY_WICK;

/**
 * The secret ballot: no query can join a ballot to a voter. The ballot tables hold nothing that names, dates or
 * numbers a voter, nothing references the roll, and the order ballots are stored in (by any column, or physically)
 * does not follow the order people voted in, and no transaction id ({@code xmin}) is shared by a voter's roll entry and
 * their ballot alone.
 */
@IntegrationTest
class SecretBallotTests {

	private static final List<String> BALLOT_TABLES = List.of("referendum_ballot", "referendum_ballot_box");

	@Autowired
	Referendums referendums;

	@Autowired
	Places places;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void ballotTablesHoldOnlyTheVoteAndTheChoices() {
		assertThat(columns("referendum_ballot")).containsExactlyInAnyOrder("id:uuid", "referendum_id:bigint",
				"choices:text");
		assertThat(columns("referendum_ballot_box")).containsExactlyInAnyOrder("referendum_id:bigint", "ballots:ARRAY");
		for (String table : BALLOT_TABLES) {
			assertThat(jdbc.sql("""
					SELECT count(*) FROM information_schema.columns
					WHERE table_schema = 'participation' AND table_name = :t
					  AND (column_default IS NOT NULL OR is_identity = 'YES'
					       OR data_type IN ('timestamp with time zone', 'timestamp without time zone', 'date', 'time'))""")
				.param("t", table)
				.query(Integer.class)
				.single()).as(table + " has no serial, identity, default or time column").isZero();
		}
	}

	@Test
	void noKeyLinksABallotToTheRoll() {
		for (String table : BALLOT_TABLES) {
			List<String> foreignKeys = jdbc.sql("""
					SELECT tc.constraint_name FROM information_schema.table_constraints tc
					WHERE tc.table_schema = 'participation' AND tc.constraint_type = 'FOREIGN KEY'
					  AND (tc.table_name = :t OR tc.constraint_name IN (
					      SELECT ccu.constraint_name FROM information_schema.constraint_column_usage ccu
					      WHERE ccu.table_schema = 'participation' AND ccu.table_name = :t))""")
				.param("t", table)
				.query(String.class)
				.list();
			assertThat(foreignKeys).as(table + " references nothing and nothing references it").isEmpty();
		}
		// The only column a ballot shares with the roll is the vote's own id.
		List<String> shared = jdbc.sql("""
				SELECT b.column_name FROM information_schema.columns b
				JOIN information_schema.columns r ON r.column_name = b.column_name
				 AND r.table_schema = 'participation' AND r.table_name = 'referendum_roll'
				WHERE b.table_schema = 'participation' AND b.table_name IN ('referendum_ballot', 'referendum_ballot_box')""")
			.query(String.class)
			.list();
		assertThat(shared).containsOnly("referendum_id", "id");
		assertThat(jdbc.sql("SELECT data_type FROM information_schema.columns WHERE table_schema = 'participation'"
				+ " AND table_name = 'referendum_roll' AND column_name = 'id'").query(String.class).single())
			.as("a ballot's uuid can never equal a roll entry's number").isEqualTo("bigint");
	}

	@Test
	void storedOrderDoesNotRevealTheOrderOfVoting() {
		PersonId officer = ReferendumFixtures.person(jdbc, places, HACKNEY, "OFFICER");
		List<String> options = IntStream.rangeClosed(1, Referendums.MAX_OPTIONS).mapToObj(i -> "Answer " + i).toList();
		List<PersonId> voters = new ArrayList<>();
		for (int i = 0; i < options.size(); i++) {
			voters.add(ReferendumFixtures.person(jdbc, places, HACKNEY_WICK, null));
		}
		long id = ReferendumFixtures.opened(referendums, officer,
				ReferendumFixtures.poll(clock, HACKNEY_WICK, "SELF_DECLARED", options, 1, 1));
		// Voter i chooses answer i: the order of voting is the order of the answers.
		List<String> votingOrder = new ArrayList<>();
		for (int i = 0; i < voters.size(); i++) {
			assertThat(referendums.vote(voters.get(i), id, List.of(i + 1))).isEmpty();
			votingOrder.add(String.valueOf(i + 1));
		}
		// While the vote is open, ballots that have left the box were mixed in batches.
		List<String> mixedSoFar = order(id, "ctid");
		assertThat(mixedSoFar).hasSizeGreaterThanOrEqualTo(10);
		assertThat(mixedSoFar).isNotEqualTo(votingOrder.subList(0, mixedSoFar.size()));

		clock.advance(Duration.ofDays(8));
		referendums.count(officer, id); // or the scheduled clock, on the same moved clock, already has
		assertThat(referendums.find(id).orElseThrow().state()).isEqualTo(State.COUNTED);
		assertThat(jdbc.sql("SELECT count(*) FROM participation.referendum_ballot_box WHERE referendum_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single()).as("the box is empty once counted").isZero();
		for (String column : List.of("ctid", "id", "referendum_id, ctid", "referendum_id, id")) {
			List<String> stored = order(id, column);
			assertThat(stored).as("ballots by " + column).containsExactlyInAnyOrderElementsOf(votingOrder);
			assertThat(stored).as("ballots by " + column + " are not in voting order").isNotEqualTo(votingOrder);
			assertThat(longestRunInVotingOrder(stored)).as("no long run of voters in order, by " + column)
				.isLessThan(10);
		}
		// Ordered by the choices themselves, ballots follow the answers, which here were chosen in voting order by
		// construction; that is the vote's content, not its order, so it is only checked not to be the voting order.
		assertThat(order(id, "choices")).isNotEqualTo(votingOrder);
	}

	/**
	 * A vote marks the roll and drops the ballot in one transaction, so both carry its transaction id ({@code xmin}).
	 * After every vote, each voter's transaction id is shared by no ballot at all, or by at least as many ballots as a
	 * mix batch holds (all the ballots cast, while fewer have been): joining the roll to the ballots on it never
	 * narrows a voter down to their own ballot.
	 */
	@Test
	void noTransactionIdJoinsAVoterToTheirBallot() {
		PersonId officer = ReferendumFixtures.person(jdbc, places, HACKNEY, "OFFICER");
		long id = ReferendumFixtures.opened(referendums, officer,
				ReferendumFixtures.poll(clock, HACKNEY_WICK, "SELF_DECLARED", List.of("Yes", "No", "Not sure"), 1, 1));
		int mixBatch = 10;
		for (int voted = 1; voted <= 3 * mixBatch + 5; voted++) {
			PersonId voter = ReferendumFixtures.person(jdbc, places, HACKNEY_WICK, null);
			assertThat(referendums.vote(voter, id, List.of(1 + voted % 3))).isEmpty();
			List<Integer> linked = jdbc.sql("""
					SELECT (SELECT count(*) FROM participation.referendum_ballot b
					        WHERE b.referendum_id = r.referendum_id AND b.xmin = r.xmin)
					     + (SELECT coalesce(sum(cardinality(x.ballots)), 0) FROM participation.referendum_ballot_box x
					        WHERE x.referendum_id = r.referendum_id AND x.xmin = r.xmin)
					FROM participation.referendum_roll r WHERE r.referendum_id = :id AND r.voted""")
				.param("id", id)
				.query(Integer.class)
				.list();
			assertThat(linked).hasSize(voted);
			int fewest = Math.min(voted, mixBatch);
			assertThat(linked).as("ballots sharing a voter's transaction id, after %d votes", voted)
				.allSatisfy(ballots -> assertThat(ballots == 0 || ballots >= fewest).isTrue());
			assertThat(linked).as("the join itself works: the latest voter shares the box's transaction id")
				.anySatisfy(ballots -> assertThat(ballots).isGreaterThanOrEqualTo(fewest));
		}
		assertThat(jdbc.sql("SELECT count(*) FROM participation.referendum_ballot WHERE referendum_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single()).as("batches were mixed out of the box while the vote was open").isGreaterThanOrEqualTo(2 * mixBatch);
	}

	private List<String> order(long id, String by) {
		return jdbc.sql("SELECT choices FROM participation.referendum_ballot WHERE referendum_id = :id ORDER BY " + by)
			.param("id", id)
			.query(String.class)
			.list();
	}

	/** The longest stretch of consecutive ballots that follow each other as their voters did (1 then 2 then 3...). */
	private static int longestRunInVotingOrder(List<String> stored) {
		int longest = 1;
		int run = 1;
		for (int i = 1; i < stored.size(); i++) {
			run = Integer.parseInt(stored.get(i)) == Integer.parseInt(stored.get(i - 1)) + 1 ? run + 1 : 1;
			longest = Math.max(longest, run);
		}
		return longest;
	}

	private List<String> columns(String table) {
		return jdbc.sql("""
				SELECT column_name || ':' || data_type FROM information_schema.columns
				WHERE table_schema = 'participation' AND table_name = :t""")
			.param("t", table)
			.query(String.class)
			.list();
	}
}
