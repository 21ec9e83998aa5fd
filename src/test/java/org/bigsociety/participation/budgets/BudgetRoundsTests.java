package org.bigsociety.participation.budgets;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bigsociety.IntegrationTest;
import org.bigsociety.TestClock;
import org.bigsociety.participation.budgets.tally.PabulibInstance;
import org.bigsociety.participation.budgets.tally.PabulibReader;
import org.bigsociety.participation.budgets.tally.Rule;
import org.bigsociety.participation.budgets.tally.Verdict;
import org.bigsociety.people.AccountDeleted;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.Area;
import org.bigsociety.place.GssCode;
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

@IntegrationTest
class BudgetRoundsTests {

	private static final int ADULT = 1990;

	@Autowired
	BudgetRounds rounds;

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

	@Autowired
	org.springframework.context.MessageSource messages;

	Area hackney;
	PersonId officer;
	PersonId secondOfficer;
	PersonId thirdOfficer;

	@BeforeEach
	void officersOfHackney() {
		hackney = places.byGssCode(new GssCode("E09000012")).orElseThrow();
		officer = person(hackney.id().value(), "OFFICER");
		secondOfficer = person(hackney.id().value(), "OFFICER");
		thirdOfficer = person(hackney.id().value(), "OFFICER");
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void runsARoundFromIdeasToExplainedResultsOnThePublicRecord() throws Exception {
		long round = round("APPROVAL", "equal-shares", 300_00, 1, 3);
		PersonId resident = resident();
		assertThat(rounds.propose(resident, round, "Benches", "Somewhere to sit", 200_00)).isEmpty();
		assertThat(rounds.propose(officer, round, "Planters", "Green the street", 100_00)).isEmpty();
		assertThat(rounds.propose(officer, round, "Mural", "Paint the wall", 150_00)).isEmpty();
		assertThat(rounds.propose(officer, round, "Skate ramp", "For teenagers", 10_00)).isEmpty();
		assertThat(rounds.propose(officer, round, "Helipad", "Why not", 250_00)).isEmpty();
		Map<String, Long> ids = ids(round);
		advance(round);
		for (String title : List.of("Benches", "Planters", "Mural", "Skate ramp")) {
			assertThat(rounds.review(officer, round, ids.get(title), cost(round, title), "FEASIBLE", "")).isEmpty();
		}
		assertThat(rounds.review(officer, round, ids.get("Helipad"), 250_00, "NOT_FEASIBLE", "No room for it"))
			.isEmpty();
		advance(round);

		// Two residents back Benches; one backs Planters and Mural; nobody backs the skate ramp.
		assertThat(vote(resident, round, ids.get("Benches"))).isEmpty();
		assertThat(vote(resident(), round, ids.get("Benches"))).isEmpty();
		assertThat(vote(resident(), round, ids.get("Planters"), ids.get("Mural"))).isEmpty();
		advance(round);

		Round tallied = rounds.round(round).orElseThrow();
		assertThat(tallied.phase()).isEqualTo(Phase.RESULTS);
		assertThat(tallied.ballotCount()).isEqualTo(3);
		Map<String, Project> projects = byTitle(round);
		assertThat(projects.get("Benches").verdict()).isEqualTo(Verdict.FUNDED);
		assertThat(projects.get("Benches").selectedOrder()).isEqualTo(1);
		assertThat(projects.get("Planters").verdict()).isEqualTo(Verdict.FUNDED);
		assertThat(projects.get("Mural").verdict()).isEqualTo(Verdict.SHARES_RAN_OUT);
		assertThat(projects.get("Skate ramp").verdict()).isEqualTo(Verdict.NO_SUPPORT);
		assertThat(projects.get("Helipad").verdict()).isNull();
		assertThat(projects.get("Benches").votes()).isEqualTo(2);

		// The export tallies to the same result anywhere, and its ballots hash to what the record holds.
		PabulibInstance exported = PabulibReader.read(new StringReader(export(round)));
		assertThat(Rule.EQUAL_SHARES.apply(exported.election()).selected()).containsExactly(
				Long.toString(ids.get("Benches")), Long.toString(ids.get("Planters")));
		BallotSet fromFile = new BallotSet(exported.votes().stream()
			.map(v -> v.projects().stream().mapToLong(Long::parseLong).toArray())
			.toList());
		assertThat(fromFile.hash()).isEqualTo(tallied.ballotHash());
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				record.byReference("budget/" + round + "/results/sha256-" + tallied.ballotHash())).isPresent());
		assertThat(record.byReference("budget/" + round + "/results/sha256-" + tallied.ballotHash()).orElseThrow()
			.summary()).contains("3 ballots", "equal-shares", "2 projects funded");
	}

	@Test
	void aResidentCanChangeTheirVoteUntilVotingClosesAndKeepsOneBallot() {
		long round = votingRound("APPROVAL", 1, 2);
		Map<String, Long> ids = ids(round);
		PersonId resident = resident();

		assertThat(vote(resident, round, ids.get("A"))).isEmpty();
		assertThat(vote(resident, round, ids.get("B"), ids.get("C"))).isEmpty();

		assertThat(rounds.ballot(resident, round)).contains(List.of(ids.get("B"), ids.get("C")));
		assertThat(rounds.onlineBallots(round)).isEqualTo(1);

		clock.advance(Duration.ofDays(40));
		assertThat(vote(resident, round, ids.get("A"))).containsEntry("projects", "budgets.error.votingClosed");
		assertThat(rounds.ballot(resident, round)).contains(List.of(ids.get("B"), ids.get("C")));
	}

	@Test
	void refusesBallotsOutsideTheRulesAndChangesNothing() {
		long round = votingRound("APPROVAL", 1, 2);
		Map<String, Long> ids = ids(round);
		PersonId resident = resident();

		assertThat(vote(resident, round)).containsEntry("projects", "budgets.error.tooFew");
		assertThat(vote(resident, round, ids.get("A"), ids.get("B"), ids.get("C")))
			.containsEntry("projects", "budgets.error.tooMany");
		assertThat(vote(resident, round, 999_999_999L)).containsEntry("projects", "budgets.error.unknownProject");
		int thisYear = LocalDate.now(clock).getYear();
		assertThat(rounds.vote(resident, round, List.of(ids.get("A")), 1, 1, thisYear - 10))
			.containsEntry("birthDay", "budgets.error.tooYoung");
		assertThat(rounds.vote(resident, round, List.of(ids.get("A")), 31, 2, ADULT))
			.containsEntry("birthDay", "budgets.error.birthDate");
		PersonId london = person(hackney.parent().orElseThrow().value(), null);
		assertThat(vote(london, round, ids.get("A"))).containsEntry("projects", "budgets.eligibility.OUTSIDE_AREA");

		assertThat(rounds.ballot(resident, round)).isEmpty();
		assertThat(rounds.onlineBallots(round)).isZero();
	}

	@Test
	void refusesABallotFromAResidentWhoseAddressIsNotVerified() {
		long round = votingRound("APPROVAL", 1, 2);
		Map<String, Long> ids = ids(round);
		PersonId declared = BudgetFixtures.unverifiedPerson(jdbc, hackney.id().value(), null);

		assertThat(rounds.eligibility(declared, rounds.round(round).orElseThrow())).isEqualTo(Eligibility.NOT_VERIFIED);
		assertThat(vote(declared, round, ids.get("A"))).containsEntry("projects", "budgets.eligibility.NOT_VERIFIED");
		assertThat(rounds.ballot(declared, round)).isEmpty();
	}

	@Test
	void aKnapsackBallotMustFitTheBudget() {
		long round = votingRound("KNAPSACK", 1, 1);
		Map<String, Long> ids = ids(round);
		PersonId resident = resident();

		assertThat(vote(resident, round, ids.get("A"), ids.get("B"), ids.get("C")))
			.containsEntry("projects", "budgets.error.overBudget");
		assertThat(vote(resident, round, ids.get("A"), ids.get("B"))).isEmpty();
	}

	@Test
	void paperBallotsCountOnceTwoOfficersAgreeAndMismatchesWaitForAThirdLook() {
		long round = votingRound("APPROVAL", 1, 2);
		Map<String, Long> ids = ids(round);

		assertThat(rounds.enterPaper(officer, round, "P-1", List.of(ids.get("A"))).state())
			.isEqualTo(PaperBallot.State.AWAITING_SECOND);
		assertThat(rounds.enterPaper(officer, round, "P-1", List.of(ids.get("A"))).errors())
			.containsEntry("paper", "budgets.error.paperTwice");
		assertThat(rounds.enterPaper(secondOfficer, round, "P-1", List.of(ids.get("A"))).state())
			.isEqualTo(PaperBallot.State.AGREED);

		assertThat(rounds.enterPaper(officer, round, "P-2", List.of(ids.get("A"))).state())
			.isEqualTo(PaperBallot.State.AWAITING_SECOND);
		assertThat(rounds.enterPaper(secondOfficer, round, "P-2", List.of(ids.get("B"))).state())
			.isEqualTo(PaperBallot.State.MISMATCH);
		assertThat(rounds.advance(officer, round, "VOTE")).containsEntry("phase", "budgets.error.papersUnsettled");

		assertThat(rounds.enterPaper(thirdOfficer, round, "P-2", List.of(ids.get("B"))).state())
			.isEqualTo(PaperBallot.State.AGREED);
		assertThat(rounds.advance(officer, round, "VOTE")).isEmpty();

		Map<String, Project> projects = byTitle(round);
		assertThat(rounds.round(round).orElseThrow().ballotCount()).isEqualTo(2);
		assertThat(projects.get("A").votes()).isEqualTo(1);
		assertThat(projects.get("B").votes()).isEqualTo(1);
	}

	@Test
	void onlyOfficersForTheAreaManageARound() {
		long round = votingRound("APPROVAL", 1, 2);
		PersonId resident = resident();

		assertThatThrownBy(() -> rounds.advance(resident, round, "VOTE")).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> rounds.enterPaper(resident, round, "P-1", List.of()))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(rounds.round(round).orElseThrow().phase()).isEqualTo(Phase.VOTE);
	}

	@Test
	void aStaleClickNeverMovesARoundTwice() {
		long round = votingRound("APPROVAL", 1, 2);

		assertThat(rounds.advance(officer, round, "REVIEW")).containsEntry("phase", "budgets.error.phaseChanged");

		assertThat(rounds.round(round).orElseThrow().phase()).isEqualTo(Phase.VOTE);
	}

	@Test
	void importsProjectsFromAPabulibFileAndNamesTheLineOfAProblem() throws Exception {
		long round = round("APPROVAL", "greedy-votes", 1000_00, 1, 3);
		String file = "META\nkey;value\nbudget;100000\nvote_type;approval\nPROJECTS\nproject_id;cost;name\n"
				+ "1;40000;Library garden\n2;30000;Bus shelter\nVOTES\nvoter_id;vote\n";

		assertThat(rounds.importProjects(officer, round, new StringReader(file))).isEmpty();
		assertThat(byTitle(round).get("Library garden").costPence()).isEqualTo(40000);
		assertThat(byTitle(round).get("Bus shelter").onTheBallot()).isTrue();

		assertThatThrownBy(() -> rounds.importProjects(officer, round,
				new StringReader("META\nkey;value\nbudget;x\nvote_type;approval\nPROJECTS\n")))
			.isInstanceOfSatisfying(BudgetRounds.ImportRefused.class, e -> assertThat(e.line()).isEqualTo(3));
	}

	@Test
	void deliveryUpdatesOnlyForFundedProjects() {
		long round = votingRound("APPROVAL", 1, 2);
		Map<String, Long> ids = ids(round);
		vote(resident(), round, ids.get("A"));
		advance(round);

		assertThat(rounds.reportDelivery(officer, round, ids.get("C"), "IN_PROGRESS", "Started"))
			.containsEntry("status", "budgets.error.notFunded");
		assertThat(rounds.reportDelivery(officer, round, ids.get("A"), "IN_PROGRESS", "Work began on Monday"))
			.isEmpty();

		assertThat(byTitle(round).get("A").deliveryStatus()).isEqualTo(DeliveryStatus.IN_PROGRESS);
		assertThat(rounds.deliveryUpdates(round)).extracting(DeliveryUpdate::note).containsExactly("Work began on Monday");
	}

	@Test
	void aRoundMovesFromResultsToDeliveryAndNoFurther() {
		long round = votingRound("APPROVAL", 1, 2);
		vote(resident(), round, ids(round).get("A"));
		advance(round);
		assertThat(rounds.round(round).orElseThrow().phase()).isEqualTo(Phase.RESULTS);

		assertThat(rounds.advance(officer, round, "RESULTS")).isEmpty();
		Round delivering = rounds.round(round).orElseThrow();
		assertThat(delivering.phase()).isEqualTo(Phase.DELIVERY);

		assertThat(rounds.advance(officer, round, "DELIVERY")).containsExactly(Map.entry("phase", "budgets.error.lastPhase"));
		assertThat(messages.getMessage("budgets.error.lastPhase", null, java.util.Locale.UK))
			.isEqualTo("Delivery is the last phase");
		Round after = rounds.round(round).orElseThrow();
		assertThat(after.phase()).isEqualTo(Phase.DELIVERY);
		assertThat(after.ballotHash()).isEqualTo(delivering.ballotHash());
		assertThat(byTitle(round).get("A").verdict()).isEqualTo(Verdict.FUNDED);
	}

	@Test
	void aDeletedAccountsBallotStillCountsWithoutItsVoter() {
		long round = votingRound("APPROVAL", 1, 2);
		Map<String, Long> ids = ids(round);
		PersonId resident = resident();
		vote(resident, round, ids.get("A"));

		transactions.executeWithoutResult(status -> events.publishEvent(new AccountDeleted(resident)));

		assertThat(rounds.ballot(resident, round)).isEmpty();
		assertThat(rounds.onlineBallots(round)).isEqualTo(1);
	}

	// --- fixtures

	/** A round in its vote phase with projects A (£100), B (£150) and C (£200), budget £300. */
	private long votingRound(String kind, int min, int max) {
		long round = round(kind, "equal-shares", 300_00, min, max);
		for (String[] p : new String[][] { { "A", "10000" }, { "B", "15000" }, { "C", "20000" } }) {
			assertThat(rounds.propose(officer, round, p[0], "Project " + p[0], Long.parseLong(p[1]))).isEmpty();
		}
		advance(round);
		ids(round).forEach((title, id) -> rounds.review(officer, round, id, cost(round, title), "FEASIBLE", ""));
		advance(round);
		return round;
	}

	private long round(String kind, String rule, long budgetPence, int min, int max) {
		return BudgetFixtures.round(rounds, officer, clock, kind, rule, budgetPence, min, max);
	}

	private void advance(long round) {
		BudgetFixtures.advance(rounds, officer, round);
	}

	private Map<String, String> vote(PersonId person, long round, Long... projects) {
		return rounds.vote(person, round, List.of(projects), 1, 6, ADULT);
	}

	private Map<String, Long> ids(long round) {
		Map<String, Long> ids = new java.util.HashMap<>();
		rounds.projects(round).forEach(p -> ids.put(p.title(), p.id()));
		return ids;
	}

	private Map<String, Project> byTitle(long round) {
		Map<String, Project> projects = new java.util.HashMap<>();
		rounds.projects(round).forEach(p -> projects.put(p.title(), p));
		return projects;
	}

	private long cost(long round, String title) {
		return byTitle(round).get(title).costPence();
	}

	private String export(long round) throws Exception {
		StringWriter out = new StringWriter();
		rounds.export(round, out);
		return out.toString();
	}

	private PersonId resident() {
		return person(hackney.id().value(), null);
	}

	private PersonId person(long areaId, String role) {
		return BudgetFixtures.person(jdbc, areaId, role);
	}
}
