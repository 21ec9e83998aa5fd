package org.bigsociety.participation.budgets;

/** How a ballot is filled in. */
public enum BallotKind {
	/** Choose between a minimum and a maximum number of projects. */
	APPROVAL,
	/** Choose projects whose costs add up to no more than the budget. */
	KNAPSACK
}
