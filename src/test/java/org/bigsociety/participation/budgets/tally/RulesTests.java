package org.bigsociety.participation.budgets.tally;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class RulesTests {

	static Stream<Arguments> expectedResults() {
		return Instances.expected().stream().map(row -> Arguments.of(row[0], row[1], row[2]));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("expectedResults")
	void reproducesTheReferenceResultsExactly(String instance, String rule, String selected) {
		Election election = Instances.read(instance).election();

		Outcome outcome = Rule.byId(rule).orElseThrow().apply(election);

		assertThat(outcome.selected()).containsExactly(selected.split(","));
		assertThat(outcome.cost()).isLessThanOrEqualTo(election.budget());
	}

	static Stream<String> instances() {
		return Instances.names().stream();
	}

	@ParameterizedTest
	@MethodSource("instances")
	void everyRuleRunsOnEveryInstanceWithinItsBudget(String name) {
		Election election = Instances.read(name).election();
		for (Rule rule : Rule.values()) {
			Outcome outcome = rule.apply(election);

			assertThat(outcome.cost()).as(rule.id()).isLessThanOrEqualTo(election.budget());
			assertThat(outcome.verdicts()).hasSize(election.projects().size());
			assertThat(outcome.verdicts().entrySet().stream().filter(e -> e.getValue() == Verdict.FUNDED))
				.hasSize(outcome.selected().size());
		}
	}

	/**
	 * The instances whose one-unit-at-a-time completion takes few runs (the others need thousands of runs, too slow
	 * for the suite; {@code EqualSharesPropertyTests} compares the two on random elections as well).
	 */
	static Stream<String> instancesQuickToStep() {
		return Stream.of("france_toulouse_2019_.pb", "netherlands_amsterdam_2022_west.pb",
				"poland_czestochowa_2020_grabowka.pb", "poland_krakow_2018_swoszowice.pb", "poland_lodz_2020_nr-33.pb",
				"poland_warszawa_2018_pole-mokotowskie.pb", "poland_wieliczka_2023.pb",
				"poland_wieliczka_2023_green-budget.pb", "poland_zabrze_2021_maciejow.pb");
	}

	@ParameterizedTest
	@MethodSource("instancesQuickToStep")
	void equalSharesJumpsToTheSameResultAsAddingOneUnitAtATime(String name) {
		Election election = Instances.read(name).election();

		Outcome jumping = new EqualShares(election, true).outcome();
		Outcome stepping = new EqualShares(election, false).outcome();

		assertThat(jumping.selected()).isEqualTo(stepping.selected());
		assertThat(jumping.endowmentRaise()).isEqualTo(stepping.endowmentRaise());
	}

	@Test
	void breaksTiesByIdInTextOrder() {
		// Two projects with the same votes and cost: "10" comes before "9" in text order.
		Election election = election(100, List.of(project("9", 60), project("10", 60)), ballots("0,1", "0,1"));

		for (Rule rule : Rule.values()) {
			assertThat(rule.apply(election).selected()).as(rule.id()).containsExactly("10");
		}
	}

	@Test
	void greedySkipsWhatDoesNotFitAndCarriesOn() {
		Election election = election(100, List.of(project("big", 80), project("bigger", 90), project("small", 20)),
				ballots("0,1", "0,1", "1", "2"));

		Outcome outcome = Rule.GREEDY_VOTES.apply(election);

		assertThat(outcome.selected()).containsExactly("bigger");
		assertThat(outcome.verdict("big")).isEqualTo(Verdict.DID_NOT_FIT);
		assertThat(outcome.verdict("small")).isEqualTo(Verdict.DID_NOT_FIT);
		assertThat(Rule.GREEDY_VOTES_PER_POUND.apply(election).selected()).containsExactly("small", "big");
	}

	@Test
	void equalSharesFundsWhatEachGroupCanPayForAndExplainsTheRest() {
		// Three voters share 300: two back A (200), one backs B (100) and C (150); D has no votes. A's backers pay
		// 100 each for a project worth 200 to them (ρ = 1/2), B's backer pays 100 for 100 (ρ = 1): A, then B, and
		// nothing is left for C.
		Election election = election(300,
				List.of(project("A", 200), project("B", 100), project("C", 150), project("D", 10)),
				ballots("0", "0", "1,2"));

		Outcome outcome = Rule.EQUAL_SHARES.apply(election);

		assertThat(outcome.selected()).containsExactly("A", "B");
		assertThat(outcome.verdict("C")).isEqualTo(Verdict.SHARES_RAN_OUT);
		assertThat(outcome.verdict("D")).isEqualTo(Verdict.NO_SUPPORT);
		assertThat(outcome.cost()).isEqualTo(300);
	}

	@Test
	void equalSharesRaisesSharesUntilTheBudgetWouldBeExceeded() {
		// One voter each for A (60) and B (60) with 100 to share: 50 each affords neither until shares reach 60,
		// when both are funded and the outcome costs 120; so the previous, empty, outcome stands.
		Election election = election(100, List.of(project("A", 60), project("B", 60)), ballots("0", "1"));

		Outcome outcome = Rule.EQUAL_SHARES.apply(election);

		assertThat(outcome.selected()).isEmpty();
		assertThat(outcome.endowmentRaise()).isEqualTo(9);
		assertThat(new EqualShares(election, false).outcome().endowmentRaise()).isEqualTo(9);
	}

	@Test
	void equalSharesTalliesPointsOnCumulativeBallots() {
		Election election = new Election(100, List.of(project("A", 50), project("B", 50), project("C", 50)),
				List.of(new Election.Ballot(new int[] { 0, 1 }, new long[] { 3, 1 }),
						new Election.Ballot(new int[] { 2, 1 }, new long[] { 3, 1 })),
				true);

		assertThat(Rule.EQUAL_SHARES.apply(election).selected()).containsExactly("A", "C");
		assertThat(Rule.GREEDY_VOTES.apply(election).selected()).containsExactly("A", "C");
	}

	@Test
	void aHugeBudgetNeedsFewRuns() {
		// Stepping one unit at a time would take about 10^11 runs before the lone supporter of A can pay for it.
		Election election = election(1_000_000_000_000L, List.of(project("A", 600_000_000_000L)), ballots("0", ""));

		assertThat(Rule.EQUAL_SHARES.apply(election).selected()).containsExactly("A");
	}

	static Election.Project project(String id, long cost) {
		return new Election.Project(id, cost);
	}

	static List<Election.Ballot> ballots(String... lists) {
		List<Election.Ballot> ballots = new ArrayList<>();
		for (String list : lists) {
			int[] projects = list.isEmpty() ? new int[0]
					: Arrays.stream(list.split(",")).mapToInt(Integer::parseInt).toArray();
			ballots.add(new Election.Ballot(projects, null));
		}
		return ballots;
	}

	static Election election(long budget, List<Election.Project> projects, List<Election.Ballot> ballots) {
		return new Election(budget, projects, ballots, false);
	}
}
