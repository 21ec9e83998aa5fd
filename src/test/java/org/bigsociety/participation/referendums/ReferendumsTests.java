package org.bigsociety.participation.referendums;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bigsociety.IntegrationTest;
import org.bigsociety.TestClock;
import org.bigsociety.people.AccountDeleted;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.Places;
import org.bigsociety.record.PublicRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.bigsociety.participation.referendums.ReferendumFixtures.BROWNSWOOD;
import static org.bigsociety.participation.referendums.ReferendumFixtures.HACKNEY;
import static org.bigsociety.participation.referendums.ReferendumFixtures.HACKNEY_WICK;
import static org.bigsociety.participation.referendums.ReferendumFixtures.opened;
import static org.bigsociety.participation.referendums.ReferendumFixtures.poll;
import static org.bigsociety.participation.referendums.ReferendumFixtures.referendum;

@IntegrationTest
class ReferendumsTests {

	@Autowired
	Referendums referendums;

	@Autowired
	ReferendumStore store;

	@Autowired
	Places places;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	PublicRecord record;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	PersonId officer;

	@BeforeEach
	void anOfficerForHackney() {
		officer = person(HACKNEY, "OFFICER");
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	private PersonId person(String gss, String role) {
		return ReferendumFixtures.person(jdbc, places, gss, role);
	}

	private int ballots(long id) {
		return jdbc.sql("""
				SELECT (SELECT count(*) FROM participation.referendum_ballot WHERE referendum_id = :id)
				     + (SELECT coalesce(sum(cardinality(ballots)), 0) FROM participation.referendum_ballot_box WHERE referendum_id = :id)""")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	@Test
	void rollHoldsVerifiedResidentsOfTheAreaOnly() {
		PersonId inside = person(HACKNEY_WICK, null);
		PersonId outside = person(BROWNSWOOD, null);
		PersonId selfDeclared = ReferendumFixtures.selfDeclared(jdbc, places, HACKNEY_WICK, null);
		long byLetter = opened(referendums, officer, referendum(clock, HACKNEY_WICK, "VERIFIED_BY_LETTER", 50, 0));
		assertThat(store.rollEntry(byLetter, inside.value())).contains(false);
		assertThat(store.rollEntry(byLetter, outside.value())).as("lives in another ward").isEmpty();
		assertThat(store.rollEntry(byLetter, officer.value())).as("an officer's postcode is not in the ward")
			.isEmpty();
		assertThat(store.rollEntry(byLetter, selfDeclared.value())).as("a resident whose address is not verified")
			.isEmpty();
		assertThat(referendums.vote(selfDeclared, byLetter, List.of(1))).containsValue("referendums.error.notOnRoll");

		long byOfficer = opened(referendums, officer, referendum(clock, HACKNEY_WICK, "VERIFIED_BY_OFFICER", 50, 0));
		assertThat(store.rollEntry(byOfficer, inside.value())).as("verified by letter, officer-level roll").isEmpty();
		assertThat(referendums.vote(inside, byOfficer, List.of(1))).containsValue("referendums.error.notOnRoll");
		assertThat(ballots(byOfficer)).isZero();
	}

	@Test
	void aReferendumsRollIsNeverSelfDeclared() {
		Referendums.Created created = referendums.create(officer,
				referendum(clock, HACKNEY_WICK, "SELF_DECLARED", 50, 0));
		assertThat(created.id()).isNull();
		assertThat(created.errors()).containsEntry("verification", "referendums.error.verificationReferendum");
		assertThat(referendums.create(officer,
				poll(clock, HACKNEY_WICK, "SELF_DECLARED", List.of("Trees", "Benches"), 1, 1)).errors())
			.as("a poll may take a postcode people gave themselves").isEmpty();
	}

	@Test
	void someoneWhoMovesInAfterTheRollIsTakenCannotVote() {
		long id = opened(referendums, officer, referendum(clock, HACKNEY_WICK, "VERIFIED_BY_LETTER", 50, 0));
		PersonId newcomer = person(HACKNEY_WICK, null);
		Referendum r = referendums.find(id).orElseThrow();
		assertThat(referendums.standing(newcomer, r)).isEqualTo(Referendums.Standing.NOT_ON_ROLL);
		assertThat(referendums.vote(newcomer, id, List.of(1))).containsValue("referendums.error.notOnRoll");
	}

	@Test
	void votesOnceByAccount() {
		PersonId voter = person(HACKNEY_WICK, null);
		long id = opened(referendums, officer, referendum(clock, HACKNEY_WICK, "VERIFIED_BY_LETTER", 50, 0));
		assertThat(referendums.vote(voter, id, List.of(1))).isEmpty();
		assertThat(referendums.vote(voter, id, List.of(2))).containsValue("referendums.error.voted");
		assertThat(referendums.standing(voter, referendums.find(id).orElseThrow()))
			.isEqualTo(Referendums.Standing.VOTED);
		assertThat(ballots(id)).isEqualTo(1);
	}

	@Test
	void refusesBallotsThatAreNotOneAnswer() {
		PersonId voter = person(HACKNEY_WICK, null);
		long id = opened(referendums, officer, referendum(clock, HACKNEY_WICK, "VERIFIED_BY_LETTER", 50, 0));
		assertThat(referendums.vote(voter, id, List.of())).containsValue("referendums.error.choice");
		assertThat(referendums.vote(voter, id, List.of(1, 2))).containsValue("referendums.error.choice");
		assertThat(referendums.vote(voter, id, List.of(3))).containsValue("referendums.error.choice");
		assertThat(referendums.vote(voter, id, List.of(-1))).containsValue("referendums.error.choice");
		assertThat(ballots(id)).isZero();
		assertThat(store.rollEntry(id, voter.value())).as("still free to vote").contains(false);
	}

	@Test
	void concurrentAttemptsByOneAccountCastOneBallot() throws Exception {
		PersonId voter = person(HACKNEY_WICK, null);
		long id = opened(referendums, officer, referendum(clock, HACKNEY_WICK, "VERIFIED_BY_LETTER", 50, 0));
		List<Map<String, String>> answers = all(8, () -> referendums.vote(voter, id, List.of(1)));
		assertThat(answers.stream().filter(Map::isEmpty)).hasSize(1);
		assertThat(ballots(id)).isEqualTo(1);
	}

	@Test
	void aCardVotesOnceAndIsVoidAfterwards() {
		long id = opened(referendums, officer, referendum(clock, HACKNEY_WICK, "VERIFIED_BY_LETTER", 50, 0));
		List<Referendums.Card> cards = issue(id, 2);
		String code = cards.get(0).code();
		assertThat(referendums.voteWithCard(id, code.toLowerCase().replace("-", " "), List.of(2))).isEmpty();
		assertThat(referendums.voteWithCard(id, code, List.of(1))).containsValue("referendums.error.codeUsed");
		assertThat(ballots(id)).isEqualTo(1);
	}

	@Test
	void refusesWrongCodesAndChangesNothing() {
		long id = opened(referendums, officer, referendum(clock, HACKNEY_WICK, "VERIFIED_BY_LETTER", 50, 0));
		String code = issue(id, 1).get(0).code();
		assertThat(referendums.voteWithCard(id, "ABCD-EFGH-JKMN-PQRS", List.of(1)))
			.containsValue("referendums.error.codeUnknown");
		assertThat(referendums.voteWithCard(id, "not a code", List.of(1))).containsValue("referendums.error.codeFormat");
		assertThat(referendums.voteWithCard(id, null, List.of(1))).containsValue("referendums.error.codeFormat");
		assertThat(referendums.voteWithCard(id, code, List.of())).containsValue("referendums.error.choice");
		long other = opened(referendums, officer, referendum(clock, HACKNEY_WICK, "VERIFIED_BY_LETTER", 50, 0));
		assertThat(referendums.voteWithCard(other, code, List.of(1))).as("a card is for its own referendum")
			.containsValue("referendums.error.codeUnknown");
		assertThat(ballots(id) + ballots(other)).isZero();
		assertThat(referendums.voteWithCard(id, code, List.of(1))).as("the card still works").isEmpty();
	}

	@Test
	void concurrentAttemptsWithOneCardCastOneBallot() throws Exception {
		long id = opened(referendums, officer, referendum(clock, HACKNEY_WICK, "VERIFIED_BY_LETTER", 50, 0));
		String code = issue(id, 1).get(0).code();
		List<Map<String, String>> answers = all(8, () -> referendums.voteWithCard(id, code, List.of(1)));
		assertThat(answers.stream().filter(Map::isEmpty)).hasSize(1);
		assertThat(ballots(id)).isEqualTo(1);
	}

	@Test
	void aCardIssuedToSomeoneWhoThenVotesOnlineIsVoid() {
		PersonId voter = person(HACKNEY_WICK, null);
		long id = opened(referendums, officer, referendum(clock, HACKNEY_WICK, "VERIFIED_BY_LETTER", 50, 0));
		Referendums.IssuedCards issued = referendums.issueCards(officer, id, true, null);
		assertThat(issued.errors()).isEmpty();
		List<Referendums.Card> cards = referendums.cards(officer, id, issued.batch());
		long voterEntry = jdbc.sql("SELECT id FROM participation.referendum_roll WHERE referendum_id = :id AND person_id = :p")
			.param("id", id)
			.param("p", voter.value())
			.query(Long.class)
			.single();
		String voterCard = cards.stream().filter(c -> c.number() == voterEntry).findFirst().orElseThrow().code();

		assertThat(referendums.vote(voter, id, List.of(1))).isEmpty();
		assertThat(referendums.voteWithCard(id, voterCard, List.of(2))).containsValue("referendums.error.codeUsed");
		assertThat(ballots(id)).isEqualTo(1);
	}

	@Test
	void someoneWhoVotedByCardCannotVoteOnline() {
		PersonId voter = person(HACKNEY_WICK, null);
		long id = opened(referendums, officer, referendum(clock, HACKNEY_WICK, "VERIFIED_BY_LETTER", 50, 0));
		Referendums.IssuedCards issued = referendums.issueCards(officer, id, true, null);
		long voterEntry = jdbc.sql("SELECT id FROM participation.referendum_roll WHERE referendum_id = :id AND person_id = :p")
			.param("id", id)
			.param("p", voter.value())
			.query(Long.class)
			.single();
		String voterCard = referendums.cards(officer, id, issued.batch()).stream()
			.filter(c -> c.number() == voterEntry)
			.findFirst()
			.orElseThrow()
			.code();
		assertThat(referendums.voteWithCard(id, voterCard, List.of(2))).isEmpty();
		assertThat(referendums.vote(voter, id, List.of(1))).containsValue("referendums.error.voted");
		assertThat(ballots(id)).isEqualTo(1);
	}

	@Test
	void printedCodesAreForgottenButStillWork() {
		long id = opened(referendums, officer, referendum(clock, HACKNEY_WICK, "VERIFIED_BY_LETTER", 50, 0));
		Referendums.IssuedCards issued = referendums.issueCards(officer, id, false, 3);
		List<Referendums.Card> cards = referendums.cards(officer, id, issued.batch());
		assertThat(cards).hasSize(3);
		referendums.printed(officer, id, issued.batch());
		assertThat(referendums.cards(officer, id, issued.batch())).isEmpty();
		assertThat(jdbc.sql("SELECT count(*) FROM participation.referendum_roll WHERE referendum_id = :id AND card_code IS NOT NULL")
			.param("id", id)
			.query(Integer.class)
			.single()).isZero();
		assertThat(referendums.voteWithCard(id, cards.get(1).code(), List.of(1))).isEmpty();
		assertThat(referendums.find(id).orElseThrow().rollSize()).as("card holders are on the roll")
			.isEqualTo(store.rollSize(id));
	}

	@Test
	void refusesCardCountsOutOfRange() {
		long id = opened(referendums, officer, referendum(clock, HACKNEY_WICK, "VERIFIED_BY_LETTER", 50, 0));
		assertThat(referendums.issueCards(officer, id, false, 0).errors()).containsValue("referendums.error.count");
		assertThat(referendums.issueCards(officer, id, false, null).errors()).containsValue("referendums.error.count");
		assertThat(referendums.issueCards(officer, id, false, 2_001).errors()).containsValue("referendums.error.count");
		assertThat(referendums.cardsIssued(id)).isZero();
	}

	@Test
	void onlyAnOfficerForTheAreaRunsTheVote() {
		PersonId resident = person(HACKNEY_WICK, null);
		PersonId brownswoodOfficer = person(BROWNSWOOD, "OFFICER");
		assertThatThrownBy(() -> referendums.create(resident, referendum(clock, HACKNEY_WICK, "VERIFIED_BY_LETTER", 50, 0)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(
				() -> referendums.create(brownswoodOfficer, referendum(clock, HACKNEY_WICK, "VERIFIED_BY_LETTER", 50, 0)))
			.isInstanceOf(AccessDeniedException.class);
		long id = ReferendumFixtures.created(referendums, officer, referendum(clock, HACKNEY_WICK, "VERIFIED_BY_LETTER", 50, 0));
		assertThatThrownBy(() -> referendums.open(brownswoodOfficer, id)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> referendums.issueCards(resident, id, false, 1)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> referendums.count(resident, id)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void refusesIncompleteOrImpossibleDetails() {
		Referendums.Details blank = new Referendums.Details(null, "nonsense", " ", "x".repeat(10_001), null, null, 49,
				101, "NONE", List.of(), 1, 1);
		Referendums.Created created = referendums.create(officer, blank);
		assertThat(created.id()).isNull();
		assertThat(created.errors()).containsKeys("kind", "areaCode", "question", "explanation", "opensDay",
				"closesDay", "verification");
		Referendums.Created badRule = referendums.create(officer, referendum(clock, HACKNEY, "VERIFIED_BY_LETTER", 49, 101));
		assertThat(badRule.errors()).containsKeys("passPercent", "minimumTurnout");
		Referendums.Created badPoll = referendums.create(officer,
				poll(clock, HACKNEY, "SELF_DECLARED", List.of("Only one", " ", "only ONE"), 2, 1));
		assertThat(badPoll.errors()).containsKeys("options", "minChoices");
	}

	@Test
	void countsAfterClosingAndPutsTheResultOnTheRecord() {
		List<PersonId> voters = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			voters.add(person(HACKNEY_WICK, null));
		}
		long id = opened(referendums, officer, referendum(clock, HACKNEY_WICK, "VERIFIED_BY_LETTER", 75, 0));
		String card = issue(id, 1).get(0).code();
		assertThat(referendums.vote(voters.get(0), id, List.of(1))).isEmpty();
		assertThat(referendums.vote(voters.get(1), id, List.of(1))).isEmpty();
		assertThat(referendums.vote(voters.get(2), id, List.of(2))).isEmpty();
		assertThat(referendums.voteWithCard(id, card, List.of(1))).isEmpty();
		assertThat(referendums.count(officer, id)).as("still open").containsValue("referendums.error.stillOpen");

		clock.advance(Duration.ofDays(8));
		assertThat(referendums.vote(voters.get(3), id, List.of(1))).containsValue("referendums.error.notOpen");
		countsNow(id);
		assertThat(referendums.count(officer, id)).as("once").containsValue("referendums.error.notOpenToCount");

		Referendum counted = referendums.find(id).orElseThrow();
		assertThat(counted.state()).isEqualTo(State.COUNTED);
		assertThat(counted.options()).extracting(Referendum.Option::votes).containsExactly(3, 1);
		assertThat(counted.ballots()).isEqualTo(4);
		assertThat(counted.passed()).as("exactly 75 % yes").isTrue();
		assertThat(counted.rollSize()).isEqualTo(store.rollSize(id));
		assertThat(counted.ballotHash()).isEqualTo(new BallotSet(List.of("1", "1", "2", "1")).hash());
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				record.byReference("referendum/" + id + "/counted/sha256-" + counted.ballotHash())).isPresent());
		assertThat(record.byReference("referendum/" + id + "/counted/sha256-" + counted.ballotHash())
			.orElseThrow()
			.summary()).contains("3 yes, 1 no").contains("It passed");
	}

	@Test
	void aMinimumTurnoutCanSinkAYes() {
		PersonId voter = person(HACKNEY_WICK, null);
		long id = opened(referendums, officer, referendum(clock, HACKNEY_WICK, "VERIFIED_BY_LETTER", 50, 100));
		issue(id, 1);
		assertThat(referendums.vote(voter, id, List.of(1))).isEmpty();
		clock.advance(Duration.ofDays(8));
		countsNow(id);
		assertThat(referendums.find(id).orElseThrow().passed()).as("the card holder did not vote").isFalse();
	}

	@Test
	void opensAndCountsOnItsOwn() {
		PersonId voter = person(HACKNEY_WICK, null);
		long id = ReferendumFixtures.created(referendums, officer, referendum(clock, HACKNEY_WICK, "VERIFIED_BY_LETTER", 50, 0));
		referendums.openAndCountDue();
		assertThat(referendums.find(id).orElseThrow().state()).isEqualTo(State.OPEN);
		assertThat(referendums.vote(voter, id, List.of(2))).isEmpty();
		clock.advance(Duration.ofDays(8));
		referendums.openAndCountDue();
		Referendum counted = referendums.find(id).orElseThrow();
		assertThat(counted.state()).isEqualTo(State.COUNTED);
		assertThat(counted.passed()).isFalse();
	}

	@Test
	void pollsTakeEligibleVotersWithTheirChoices() {
		PersonId inside = person(HACKNEY_WICK, null);
		PersonId outside = person(BROWNSWOOD, null);
		long id = opened(referendums, officer,
				poll(clock, HACKNEY_WICK, "SELF_DECLARED", List.of("Trees", "Benches", "Bins"), 1, 2));
		assertThat(referendums.vote(outside, id, List.of(1))).containsValue("referendums.error.notEligible");
		assertThat(referendums.vote(inside, id, List.of(1, 2, 3))).containsValue("referendums.error.pollChoices");
		assertThat(referendums.vote(inside, id, List.of(3, 1))).isEmpty();
		assertThat(referendums.vote(inside, id, List.of(2))).containsValue("referendums.error.voted");
		PersonId late = person(HACKNEY_WICK, null);
		assertThat(referendums.vote(late, id, List.of(2))).as("a poll has no roll to miss").isEmpty();

		long letter = opened(referendums, officer,
				poll(clock, HACKNEY_WICK, "VERIFIED_BY_LETTER", List.of("Trees", "Benches"), 1, 1));
		PersonId selfDeclared = ReferendumFixtures.selfDeclared(jdbc, places, HACKNEY_WICK, null);
		assertThat(referendums.vote(selfDeclared, letter, List.of(1))).containsValue("referendums.error.notEligible");

		clock.advance(Duration.ofDays(8));
		countsNow(id);
		Referendum counted = referendums.find(id).orElseThrow();
		assertThat(counted.options()).extracting(Referendum.Option::votes).containsExactly(1, 1, 1);
		assertThat(counted.ballots()).isEqualTo(2);
		assertThat(counted.passed()).isNull();
	}

	@Test
	void aDeletedAccountLeavesItsVoteCountedButNotItsName() {
		PersonId voter = person(HACKNEY_WICK, null);
		long id = opened(referendums, officer, referendum(clock, HACKNEY_WICK, "VERIFIED_BY_LETTER", 50, 0));
		assertThat(referendums.vote(voter, id, List.of(1))).isEmpty();
		int voted = referendums.voted(id);
		transactions.executeWithoutResult(status -> events.publishEvent(new AccountDeleted(voter)));
		assertThat(store.rollEntry(id, voter.value())).isEmpty();
		assertThat(referendums.voted(id)).isEqualTo(voted);
	}

	/** Counts a closed vote; the scheduled clock (on the same moved clock) may have got there first. */
	private void countsNow(long id) {
		Map<String, String> problems = referendums.count(officer, id);
		assertThat(problems.isEmpty() || problems.containsValue("referendums.error.notOpenToCount")).as(problems.toString())
			.isTrue();
		assertThat(referendums.find(id).orElseThrow().state()).isEqualTo(State.COUNTED);
	}

	private List<Referendums.Card> issue(long id, int count) {
		Referendums.IssuedCards issued = referendums.issueCards(officer, id, false, count);
		assertThat(issued.errors()).isEmpty();
		return referendums.cards(officer, id, issued.batch());
	}

	private static <T> List<T> all(int clients, Callable<T> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<T> answers = new ArrayList<>();
			for (Future<T> future : futures) {
				answers.add(future.get());
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

	static String unique() {
		return UUID.randomUUID().toString();
	}
}
