package org.bigsociety.participation.budgets.tally;

/** What a rule decided about one project, and why, for results that explain themselves. */
public enum Verdict {
	/** Selected. */
	FUNDED,
	/** Nobody voted for it (or, under Equal Shares with approval ballots, it costs nothing to anyone). */
	NO_SUPPORT,
	/** Greedy rules: when its turn came, what was left of the budget was less than its cost. */
	DID_NOT_FIT,
	/** Equal Shares: its supporters no longer had enough money between them to pay for it. */
	SHARES_RAN_OUT
}
