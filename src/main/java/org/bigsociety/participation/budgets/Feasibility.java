package org.bigsociety.participation.budgets;

/** An officer's decision on a proposed project; only feasible projects go on the ballot. */
public enum Feasibility {
	PENDING, FEASIBLE, NOT_FEASIBLE
}
