package org.bigsociety.participation.ideas;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.bigsociety.IntegrationTest;
import org.bigsociety.TestClock;
import org.bigsociety.groups.OrganisationId;
import org.bigsociety.groups.Organisations;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.Area;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.bigsociety.record.PublicRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.bigsociety.participation.ideas.IdeaFixtures.call;
import static org.bigsociety.participation.ideas.IdeaFixtures.idea;

@IntegrationTest
class IdeasCallsTests {

	@Autowired
	IdeasCalls calls;

	@Autowired
	Places places;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	PublicRecord record;

	@Autowired
	Organisations organisations;

	Area hackney;
	PersonId officer;
	PersonId author;
	PersonId neighbour;
	PersonId other;

	@BeforeEach
	void peopleOfHackney() {
		hackney = places.byGssCode(new GssCode("E09000012")).orElseThrow();
		officer = person("OFFICER");
		author = person(null);
		neighbour = person(null);
		other = person(null);
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void anOfficerOpensACallWithPublishedCriteria() {
		long id = call(calls, officer, clock, 40);

		Call call = calls.call(id);
		assertThat(call.phase()).isEqualTo(CallPhase.OPEN);
		assertThat(call.acceptingIdeas(clock.instant())).isTrue();
		assertThat(calls.criteria(id)).extracting(Criterion::name, Criterion::weight)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Impact", 3),
					org.assertj.core.groups.Tuple.tuple("Novelty", 1));
	}

	@Test
	void refusesACallWithBadDetailsAndCreatesNothing() {
		LocalDate today = LocalDate.now(clock.withZone(IdeasCalls.LONDON));
		String title = "Refused call " + java.util.UUID.randomUUID();
		IdeasCalls.Created created = calls.create(officer, new IdeasCalls.CallDetails("E09000012", title, " ",
				today.minusDays(1), today.minusDays(2), "", 0,
				List.of(new IdeasCalls.CriterionDetails("Impact", "", 11),
						new IdeasCalls.CriterionDetails("", "no name", 2))));

		assertThat(created.id()).isNull();
		assertThat(created.errors()).containsKeys("challenge", "ideasClose", "weekendDate", "weekendPlace",
				"weekendCapacity", "criterion0Weight", "criterion1Name");
		assertThat(jdbc.sql("SELECT count(*) FROM participation.ideas_call WHERE title = :t").param("t", title)
			.query(Integer.class).single()).isZero();
		assertThat(calls.create(officer, new IdeasCalls.CallDetails("E09000012", "No criteria", "A challenge",
				today.plusDays(3), today.plusDays(5), "Hall", 10, List.of())).errors()).containsKey("criterion0Name");
	}

	@Test
	void onlyAnOfficerForTheAreaOpensACall() {
		LocalDate today = LocalDate.now(clock.withZone(IdeasCalls.LONDON));
		assertThatThrownBy(() -> calls.create(author, new IdeasCalls.CallDetails("E09000012", "Mine", "Challenge",
				today.plusDays(3), today.plusDays(5), "Hall", 10,
				List.of(new IdeasCalls.CriterionDetails("Impact", "", 1))))).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void residentsSubmitIdeasUntilTheDeadlineAndNothingChangesAfterIt() {
		long call = call(calls, officer, clock, 40);
		long idea = idea(calls, author, call);
		assertThat(calls.idea(call, idea).title()).startsWith("Idea ");

		clock.advance(Duration.ofDays(11));

		assertThat(calls.submit(neighbour, call, "Late", "p", "p", "b").errors()).containsValue("ideas.error.closed");
		assertThat(calls.support(neighbour, call, idea)).containsValue("ideas.error.closed");
		assertThat(calls.join(neighbour, call, idea, null)).containsValue("ideas.error.closed");
		assertThat(calls.ideas(call)).hasSize(1);
		assertThat(calls.idea(call, idea).supports()).isZero();
		assertThat(calls.team(idea)).isEmpty();
	}

	@Test
	void onlyResidentsOfTheAreaSubmitIdeas() {
		long call = call(calls, officer, clock, 40);
		PersonId nowhere = IdeaFixtures.person(jdbc, null, null);

		assertThat(calls.submit(nowhere, call, "Idea", "p", "p", "b").errors())
			.containsValue("ideas.error.notResident");
		assertThat(calls.ideas(call)).isEmpty();
	}

	@Test
	void refusesBlankAndHugeIdeas() {
		long call = call(calls, officer, clock, 40);

		assertThat(calls.submit(author, call, " ", "x".repeat(3001), null, "b").errors())
			.containsKeys("title", "problem", "proposal");
		assertThat(calls.submit(author, call, "Nul\0title", "p", "p", "\u2003".repeat(1001)).errors())
			.containsKeys("title", "beneficiaries");
		assertThat(calls.ideas(call)).isEmpty();
	}

	@Test
	void anyoneSignedInSupportsAnIdeaOnceAndCanWithdraw() {
		long call = call(calls, officer, clock, 40);
		long idea = idea(calls, author, call);
		PersonId elsewhere = IdeaFixtures.person(jdbc, null, null);

		assertThat(calls.support(neighbour, call, idea)).isEmpty();
		assertThat(calls.support(neighbour, call, idea)).isEmpty();
		assertThat(calls.support(elsewhere, call, idea)).isEmpty();
		assertThat(calls.idea(call, idea).supports()).isEqualTo(2);
		assertThat(calls.supportedBy(neighbour, call)).containsExactly(idea);

		assertThat(calls.withdrawSupport(neighbour, call, idea)).isEmpty();
		assertThat(calls.idea(call, idea).supports()).isEqualTo(1);
		assertThat(calls.supportedBy(neighbour, call)).isEmpty();
	}

	@Test
	void theAuthorDecidesWhoJoinsTheTeamAndNobodyElseDoes() {
		long call = call(calls, officer, clock, 40);
		long idea = idea(calls, author, call);

		assertThat(calls.join(neighbour, call, idea, null)).isEmpty();
		assertThat(calls.team(idea)).singleElement().satisfies(m -> assertThat(m.member()).isFalse());
		assertThatThrownBy(() -> calls.decide(other, call, idea, neighbour.value(), "ACCEPT"))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(calls.team(idea)).singleElement().satisfies(m -> assertThat(m.member()).isFalse());

		assertThat(calls.decide(author, call, idea, neighbour.value(), "ACCEPT")).isEmpty();
		assertThat(calls.team(idea)).singleElement().satisfies(m -> assertThat(m.member()).isTrue());
		assertThat(calls.decide(author, call, idea, other.value(), "ACCEPT")).containsValue("ideas.error.noSuchMember");
		assertThat(calls.decide(author, call, idea, neighbour.value(), "PROMOTE")).containsValue("ideas.error.decision");
		assertThat(calls.join(author, call, idea, null)).containsValue("ideas.error.ownIdea");
	}

	@Test
	void theInvitationLinkJoinsAtOnceAndAWrongOneChangesNothing() {
		long call = call(calls, officer, clock, 40);
		long idea = idea(calls, author, call);
		String code = calls.idea(call, idea).inviteCode();

		assertThat(calls.join(other, call, idea, "not-the-code")).containsValue("ideas.error.inviteCode");
		assertThat(calls.team(idea)).isEmpty();
		assertThat(calls.join(other, call, idea, code)).isEmpty();
		assertThat(calls.team(idea)).singleElement().satisfies(m -> assertThat(m.member()).isTrue());
		// a member may leave; asking again does not undo a membership
		assertThat(calls.join(other, call, idea, null)).isEmpty();
		assertThat(calls.team(idea)).singleElement().satisfies(m -> assertThat(m.member()).isTrue());
		assertThat(calls.decide(other, call, idea, other.value(), "REMOVE")).isEmpty();
		assertThat(calls.team(idea)).isEmpty();
	}

	@Test
	void judgesScoreEachIdeaAndSeeOnlyTheirOwnScoresUntilJudgingCloses() {
		long callId = call(calls, officer, clock, 40);
		long first = idea(calls, author, callId);
		long second = idea(calls, neighbour, callId);
		PersonId judgeA = person(null);
		PersonId judgeB = person(null);
		String code = calls.call(callId).panelCode();
		assertThat(calls.joinPanel(judgeA, callId, "wrong")).containsValue("ideas.error.panelCode");
		assertThat(calls.judges(judgeA, callId)).isFalse();
		assertThat(calls.joinPanel(judgeA, callId, code)).isEmpty();
		assertThat(calls.joinPanel(judgeB, callId, code)).isEmpty();
		List<Criterion> criteria = calls.criteria(callId);
		long impact = criteria.get(0).id();
		long novelty = criteria.get(1).id();

		// Scoring waits for judging
		assertThat(calls.score(judgeA, callId, first, Map.of(impact, 5, novelty, 5), Map.of()))
			.containsValue("ideas.error.judgingClosed");
		assertThat(calls.advance(officer, callId, "OPEN")).isEmpty();

		assertThatThrownBy(() -> calls.score(other, callId, first, Map.of(impact, 5, novelty, 5), Map.of()))
			.isInstanceOf(AccessDeniedException.class);
		java.util.HashMap<Long, Integer> bad = new java.util.HashMap<>();
		bad.put(impact, 6);
		bad.put(novelty, null);
		assertThat(calls.score(judgeA, callId, first, bad, Map.of()))
			.containsKeys("score-" + impact, "score-" + novelty);
		assertThat(calls.ownScores(judgeA, callId)).isEmpty();

		// A: first 5×3+1 = 16, second 2×3+2 = 8; B: first 3×3+3 = 12, second 4×3+4 = 16 (changed from 0)
		assertThat(calls.score(judgeA, callId, first, Map.of(impact, 5, novelty, 1), Map.of(impact, "Strong"))).isEmpty();
		assertThat(calls.score(judgeA, callId, second, Map.of(impact, 2, novelty, 2), Map.of())).isEmpty();
		assertThat(calls.score(judgeB, callId, first, Map.of(impact, 3, novelty, 3), Map.of())).isEmpty();
		assertThat(calls.score(judgeB, callId, second, Map.of(impact, 0, novelty, 0), Map.of())).isEmpty();
		assertThat(calls.score(judgeB, callId, second, Map.of(impact, 4, novelty, 4), Map.of())).isEmpty();

		Call call = calls.call(callId);
		assertThat(calls.ownScores(judgeA, callId).get(first).get(impact)).isEqualTo(new IdeasCalls.Mark(5, "Strong"));
		assertThat(calls.ownScores(judgeB, callId).get(first).get(impact).score()).isEqualTo(3);
		assertThat(calls.ranking(judgeA, call)).isEmpty();
		assertThat(calls.ranking(author, call)).isEmpty();
		assertThat(calls.ranking(null, call)).isEmpty();
		assertThat(calls.comments(call, first)).isEmpty();
		List<Ranking.Place> ranking = calls.ranking(officer, call).orElseThrow();
		// first: (16 + 12) / 2 = 14; second: (8 + 16) / 2 = 12
		assertThat(ranking).extracting(Ranking.Place::idea, Ranking.Place::total, Ranking.Place::judges)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(first, 28L, 2),
					org.assertj.core.groups.Tuple.tuple(second, 24L, 2));

		// The officer decides: the second, lower-ranked idea, with a reason.
		assertThat(calls.advance(officer, callId, "JUDGING")).containsValue("ideas.error.noShortlist");
		assertThat(calls.shortlist(officer, callId, second, true, "Cheaper to start")).isEmpty();
		assertThatThrownBy(() -> calls.shortlist(author, callId, first, true, ""))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(calls.advance(officer, callId, "JUDGING")).isEmpty();
		assertThat(calls.advance(officer, callId, "JUDGING")).containsValue("ideas.error.phaseChanged");

		Call judged = calls.call(callId);
		assertThat(calls.ranking(null, judged)).isPresent();
		assertThat(calls.comments(judged, first)).containsExactly("Strong");
		assertThat(calls.score(judgeA, callId, first, Map.of(impact, 0, novelty, 0), Map.of()))
			.containsValue("ideas.error.judgingClosed");
		assertThat(calls.idea(callId, second).shortlisted()).isTrue();
		assertThat(calls.idea(callId, first).shortlisted()).isFalse();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(record.byReference("ideas/" + callId + "/shortlist")).isPresent());
	}

	@Test
	void theBuildWeekendFillsToCapacityThenKeepsAWaitingList() {
		long callId = call(calls, officer, clock, 2);
		long idea = idea(calls, author, callId);
		assertThat(calls.signUp(neighbour, callId)).containsValue("ideas.error.weekendClosed");
		toBuildWeekend(callId, idea);

		assertThat(calls.signUp(author, callId)).isEmpty();
		assertThat(calls.signUp(neighbour, callId)).isEmpty();
		assertThat(calls.signUp(other, callId)).isEmpty();
		assertThat(calls.signUp(other, callId)).isEmpty();
		IdeasCalls.Weekend weekend = calls.weekend(calls.call(callId));
		assertThat(weekend.places()).containsExactly(author.value(), neighbour.value());
		assertThat(weekend.waiting()).containsExactly(other.value());

		assertThat(calls.withdraw(author, callId)).isEmpty();
		weekend = calls.weekend(calls.call(callId));
		assertThat(weekend.hasPlace(other)).isTrue();
		assertThat(weekend.waiting()).isEmpty();
	}

	@Test
	void outcomesAreRecordedOnceAndGoOnThePublicRecord() {
		long callId = call(calls, officer, clock, 40);
		long funded = idea(calls, author, callId);
		long incubated = idea(calls, neighbour, callId);
		long dropped = idea(calls, other, callId);
		assertThat(calls.recordOutcome(officer, callId, funded, "FUNDED", 450_000L, null, null, ""))
			.containsValue("ideas.error.outcomePhase");
		toBuildWeekend(callId, funded);
		assertThat(calls.advance(officer, callId, "BUILD_WEEKEND")).isEmpty();

		assertThat(calls.recordOutcome(officer, callId, funded, "FUNDED", null, null, null, ""))
			.containsKey("amount");
		assertThat(calls.recordOutcome(officer, callId, dropped, "NOT_TAKEN_FORWARD", null, null, null, " "))
			.containsKey("note");
		assertThat(calls.recordOutcome(officer, callId, dropped, "MAYBE", null, null, null, "")).containsKey("outcome");
		assertThatThrownBy(() -> calls.recordOutcome(author, callId, funded, "FUNDED", 100L, null, null, ""))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(calls.idea(callId, funded).outcome()).isNull();

		assertThat(calls.recordOutcome(officer, callId, funded, "FUNDED", 450_000L, null, null, "For a year"))
			.isEmpty();
		assertThat(calls.recordOutcome(officer, callId, funded, "NOT_TAKEN_FORWARD", null, null, null, "Changed"))
			.containsValue("ideas.error.outcomeRecorded");
		assertThat(calls.recordOutcome(officer, callId, incubated, "INCUBATED", null, "Test Growers "
				+ java.util.UUID.randomUUID().toString().substring(0, 8), "Growing food together", "")).isEmpty();
		assertThat(calls.recordOutcome(officer, callId, dropped, "NOT_TAKEN_FORWARD", null, null, null,
				"Already done by the parks service")).isEmpty();

		Idea fundedIdea = calls.idea(callId, funded);
		assertThat(fundedIdea.outcome()).isEqualTo(Outcome.FUNDED);
		assertThat(fundedIdea.outcomePence()).isEqualTo(450_000L);
		Idea group = calls.idea(callId, incubated);
		assertThat(organisations.find(new OrganisationId(group.outcomeGroupId()))).hasValueSatisfying(
				o -> assertThat(o.name()).startsWith("Test Growers"));
		assertThat(organisations.isMember(new OrganisationId(group.outcomeGroupId()), neighbour)).isTrue();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(record.byReference("ideas/" + callId + "/idea/" + funded + "/outcome")).isPresent();
			assertThat(record.byReference("ideas/" + callId + "/idea/" + dropped + "/outcome")).isPresent();
		});
		assertThat(record.byReference("ideas/" + callId + "/idea/" + funded + "/outcome").orElseThrow().summary())
			.contains("£4,500.00");
	}

	@Test
	void aDeletedAccountLeavesItsIdeaButNotItsSupport() {
		long callId = call(calls, officer, clock, 40);
		long idea = idea(calls, author, callId);
		calls.support(neighbour, callId, idea);

		calls.on(new org.bigsociety.people.AccountDeleted(neighbour));
		calls.on(new org.bigsociety.people.AccountDeleted(author));

		assertThat(calls.idea(callId, idea).supports()).isZero();
		assertThat(calls.idea(callId, idea).authorId()).isNull();
	}

	private void toBuildWeekend(long callId, long shortlisted) {
		assertThat(calls.advance(officer, callId, "OPEN")).isEmpty();
		assertThat(calls.shortlist(officer, callId, shortlisted, true, "")).isEmpty();
		assertThat(calls.advance(officer, callId, "JUDGING")).isEmpty();
	}

	private PersonId person(String role) {
		return IdeaFixtures.person(jdbc, hackney.id().value(), role);
	}
}
