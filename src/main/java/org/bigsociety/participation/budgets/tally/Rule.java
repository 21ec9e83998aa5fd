package org.bigsociety.participation.budgets.tally;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The rules that turn ballots into funded projects; each is defined in docs/participatory-budgeting.md. */
public enum Rule {

	/** Projects by votes, most first, each funded if it still fits in what is left. */
	GREEDY_VOTES("greedy-votes"),
	/** The same, ordered by votes per unit of cost. */
	GREEDY_VOTES_PER_POUND("greedy-votes-per-pound"),
	/** The Method of Equal Shares with cost utilities and the add-one completion. */
	EQUAL_SHARES("equal-shares");

	private final String id;

	Rule(String id) {
		this.id = id;
	}

	/** The rule's name in URLs, files and the API, such as {@code equal-shares}. */
	public String id() {
		return id;
	}

	public static Optional<Rule> byId(String id) {
		return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
	}

	/** The names of every rule, for error messages. */
	public static String names() {
		return Arrays.stream(values()).map(Rule::id).collect(Collectors.joining(", "));
	}

	public Outcome apply(Election election) {
		switch (this) {
			case GREEDY_VOTES:
				return Greedy.byVotes(election);
			case GREEDY_VOTES_PER_POUND:
				return Greedy.byVotesPerPound(election);
			default:
				return new EqualShares(election).outcome();
		}
	}
}
