package org.bigsociety.participation;

import java.util.Locale;

import org.bigsociety.place.AreaId;
import org.bigsociety.record.PublicFact;

/**
 * A budget round's result, as it goes on the public record: the rule, how much was funded, and the SHA-256 hash of
 * the ballot set in its canonical form (docs/participatory-budgeting.md), so anyone can check the result against the
 * round's exported {@code .pb} file. No personal data. The hash sits in the reference, not the summary, because a run
 * of hex digits can look like a phone number to the record's personal-data guard.
 *
 * @param ballotHash SHA-256, lower-case hex, of the canonical ballot set
 */
public record BudgetResultsPublished(AreaId area, BudgetRoundId round, String rule, long budgetPence,
		long spentPence, int ballots, int funded, String ballotHash) implements PublicFact {

	@Override
	public String kind() {
		return "budget.results";
	}

	@Override
	public String summary() {
		return "Budget round " + round + " tallied " + ballots + " ballots by the rule " + rule + ": " + funded
				+ " projects funded for " + pounds(spentPence) + " of " + pounds(budgetPence) + ". The results and "
				+ "the ballots, without names, are at /budgets/" + round + ".";
	}

	/** Unique per round, and carries the ballot set's hash. */
	@Override
	public String reference() {
		return "budget/" + round + "/results/sha256-" + ballotHash;
	}

	private static String pounds(long pence) {
		return String.format(Locale.UK, "£%,d.%02d", pence / 100, pence % 100);
	}
}
