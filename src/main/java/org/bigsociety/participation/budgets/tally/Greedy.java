package org.bigsociety.participation.budgets.tally;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The greedy rules: take projects in order (most votes first, or most votes per unit of cost first; ties to the
 * project whose id comes first in text order), fund each that still fits in what is left of the budget, and carry on
 * down the list.
 */
final class Greedy {

	private Greedy() {
	}

	static Outcome byVotes(Election election) {
		long[] votes = election.votes();
		Comparator<Integer> order = (a, b) -> Long.compare(votes[b], votes[a]);
		return run(Rule.GREEDY_VOTES, election, votes, order);
	}

	static Outcome byVotesPerPound(Election election) {
		long[] votes = election.votes();
		List<Election.Project> projects = election.projects();
		// votes ÷ cost compared exactly by cross-multiplying; a free project with votes comes first, one without last.
		Comparator<Integer> order = (a, b) -> {
			int classA = densityClass(votes[a], projects.get(a).cost());
			int classB = densityClass(votes[b], projects.get(b).cost());
			if (classA != classB || classA != 1) {
				return Integer.compare(classA, classB);
			}
			BigInteger left = BigInteger.valueOf(votes[b]).multiply(BigInteger.valueOf(projects.get(a).cost()));
			BigInteger right = BigInteger.valueOf(votes[a]).multiply(BigInteger.valueOf(projects.get(b).cost()));
			return left.compareTo(right);
		};
		return run(Rule.GREEDY_VOTES_PER_POUND, election, votes, order);
	}

	/** 0: infinite density (free, with votes); 1: ordinary; 2: no votes (density 0). */
	private static int densityClass(long votes, long cost) {
		if (votes == 0) {
			return 2;
		}
		return cost == 0 ? 0 : 1;
	}

	private static Outcome run(Rule rule, Election election, long[] votes, Comparator<Integer> order) {
		List<Election.Project> projects = election.projects();
		List<Integer> ranked = new ArrayList<>();
		for (int i = 0; i < projects.size(); i++) {
			ranked.add(i);
		}
		ranked.sort(order.thenComparing(i -> projects.get(i).id(), ProjectIds.TEXT_ORDER));
		long left = election.budget();
		List<String> selected = new ArrayList<>();
		Verdict[] verdicts = new Verdict[projects.size()];
		for (int i : ranked) {
			Election.Project project = projects.get(i);
			if (project.cost() <= left) {
				selected.add(project.id());
				left -= project.cost();
				verdicts[i] = Verdict.FUNDED;
			}
			else {
				verdicts[i] = votes[i] == 0 ? Verdict.NO_SUPPORT : Verdict.DID_NOT_FIT;
			}
		}
		Map<String, Verdict> byId = new LinkedHashMap<>();
		for (int i = 0; i < projects.size(); i++) {
			byId.put(projects.get(i).id(), verdicts[i]);
		}
		return new Outcome(rule, selected, election.budget() - left, byId, 0);
	}
}
