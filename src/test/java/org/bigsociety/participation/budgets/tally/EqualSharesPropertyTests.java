package org.bigsociety.participation.budgets.tally;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of the rules on random elections, approval and cumulative. */
class EqualSharesPropertyTests {

	@Property(tries = 300)
	void equalSharesNeverExceedsTheBudget(@ForAll("elections") Election election) {
		Outcome outcome = Rule.EQUAL_SHARES.apply(election);

		assertThat(outcome.cost()).isLessThanOrEqualTo(election.budget());
		assertThat(costOf(election, outcome.selected())).isEqualTo(outcome.cost());
	}

	@Property(tries = 300)
	void equalSharesOutcomeDoesNotDependOnTheOrderOfVoters(@ForAll("elections") Election election,
			@ForAll long seed) {
		List<Election.Ballot> shuffled = new ArrayList<>(election.ballots());
		Collections.shuffle(shuffled, new Random(seed));
		Election reordered = new Election(election.budget(), election.projects(), shuffled, election.cumulative());

		assertThat(Rule.EQUAL_SHARES.apply(reordered)).isEqualTo(Rule.EQUAL_SHARES.apply(election));
	}

	@Property(tries = 300)
	void greedyRulesNeverExceedTheBudget(@ForAll("elections") Election election) {
		for (Rule rule : List.of(Rule.GREEDY_VOTES, Rule.GREEDY_VOTES_PER_POUND)) {
			Outcome outcome = rule.apply(election);

			assertThat(outcome.cost()).as(rule.id()).isLessThanOrEqualTo(election.budget());
			assertThat(costOf(election, outcome.selected())).as(rule.id()).isEqualTo(outcome.cost());
		}
	}

	@Property(tries = 200)
	void equalSharesJumpsToTheSameOutcomeAsAddingOneUnitAtATime(@ForAll("elections") Election election) {
		Outcome jumping = new EqualShares(election, true).outcome();
		Outcome stepping = new EqualShares(election, false).outcome();

		assertThat(jumping).isEqualTo(stepping);
	}

	/**
	 * Larger elections than the others, with close costs, so that runs of the completion restart from a later round,
	 * waiting projects get their ρ worked out again, and ρs tie or nearly tie (the comparisons floating point leaves
	 * to exact arithmetic).
	 */
	@Property(tries = 60)
	void equalSharesJumpsToTheSameOutcomeAsAddingOneUnitAtATimeOnLargerElections(
			@ForAll("largerElections") Election election) {
		Outcome jumping = new EqualShares(election, true).outcome();
		Outcome stepping = new EqualShares(election, false).outcome();

		assertThat(jumping).isEqualTo(stepping);
	}

	@Property(tries = 30)
	void equalSharesGivesTheSameOutcomeWithFewRestartPoints(@ForAll("largerElections") Election election) {
		Outcome many = new EqualShares(election, true).outcome();
		Outcome few = new EqualShares(election, true, 3L * Math.max(1, election.ballots().size())).outcome();

		assertThat(few).isEqualTo(many);
	}

	@Provide
	Arbitrary<Election> largerElections() {
		Arbitrary<Long> budgets = Arbitraries.longs().between(500, 6_000);
		Arbitrary<List<Long>> costs = Arbitraries.longs().between(1, 30).map(c -> c * 100).list().ofMinSize(4).ofMaxSize(14);
		Arbitrary<Boolean> cumulative = Arbitraries.of(false, true);
		Arbitrary<Long> seeds = Arbitraries.longs();
		Arbitrary<Integer> voters = Arbitraries.integers().between(20, 150);
		return Combinators.combine(budgets, costs, cumulative, seeds, voters)
			.as((budget, cost, points, seed, count) -> election(budget, cost, points, seed, count, 14));
	}

	@Property(tries = 200)
	void equalSharesFundsOnlyProjectsSomeoneVotedFor(@ForAll("elections") Election election) {
		Outcome outcome = Rule.EQUAL_SHARES.apply(election);
		long[] votes = election.votes();

		for (int p = 0; p < election.projects().size(); p++) {
			if (votes[p] == 0) {
				assertThat(outcome.verdict(election.projects().get(p).id())).isNotEqualTo(Verdict.FUNDED);
			}
		}
	}

	private static long costOf(Election election, List<String> selected) {
		return election.projects().stream().filter(p -> selected.contains(p.id())).mapToLong(Election.Project::cost).sum();
	}

	@Provide
	Arbitrary<Election> elections() {
		Arbitrary<Long> budgets = Arbitraries.longs().between(0, 2_000);
		Arbitrary<List<Long>> costs = Arbitraries.longs().between(0, 900).list().ofMinSize(1).ofMaxSize(8);
		Arbitrary<Boolean> cumulative = Arbitraries.of(false, true);
		Arbitrary<Long> seeds = Arbitraries.longs();
		Arbitrary<Integer> voters = Arbitraries.integers().between(0, 40);
		return Combinators.combine(budgets, costs, cumulative, seeds, voters)
			.as((budget, cost, points, seed, count) -> election(budget, cost, points, seed, count, 5));
	}

	private static final String[] IDS = { "9", "10", "1", "100", "2", "11", "20", "3", "30", "4", "19", "200", "5",
			"12" };

	/** Ballots drawn from a few shapes, so that voters often share a ballot, as real ones do. */
	private static Election election(long budget, List<Long> costs, boolean cumulative, long seed, int voters,
			int shapeCount) {
		Random random = new Random(seed);
		List<Election.Project> projects = new ArrayList<>();
		for (int p = 0; p < costs.size(); p++) {
			// Ids whose text order differs from their number order, to exercise tie-breaking.
			projects.add(new Election.Project(IDS[p], costs.get(p)));
		}
		List<Election.Ballot> shapes = new ArrayList<>();
		for (int s = 0; s < shapeCount; s++) {
			List<Integer> chosen = new ArrayList<>();
			for (int p = 0; p < projects.size(); p++) {
				if (random.nextInt(3) == 0) {
					chosen.add(p);
				}
			}
			Collections.shuffle(chosen, random);
			int[] ids = chosen.stream().mapToInt(Integer::intValue).toArray();
			long[] points = null;
			if (cumulative) {
				points = new long[ids.length];
				for (int i = 0; i < ids.length; i++) {
					points[i] = random.nextInt(4);
				}
			}
			shapes.add(new Election.Ballot(ids, points));
		}
		List<Election.Ballot> ballots = new ArrayList<>();
		for (int v = 0; v < voters; v++) {
			ballots.add(shapes.get(random.nextInt(shapes.size())));
		}
		return new Election(budget, projects, ballots, cumulative);
	}
}
