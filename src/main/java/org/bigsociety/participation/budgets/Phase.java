package org.bigsociety.participation.budgets;

/** A round's phases, in order; an officer moves a round on to the next, never back. */
public enum Phase {
	/** Residents propose projects. */
	IDEAS,
	/** Officers cost the proposals and decide which are feasible. */
	REVIEW,
	/** Residents vote on the feasible projects until the closing time. */
	VOTE,
	/** The ballots are tallied and the results published. */
	RESULTS,
	/** The funded projects are being delivered. */
	DELIVERY;

	/** The phase after this one; DELIVERY is the last. */
	public Phase next() {
		if (this == DELIVERY) {
			throw new IllegalStateException("Delivery is the last phase");
		}
		return values()[ordinal() + 1];
	}

	public boolean tallied() {
		return this == RESULTS || this == DELIVERY;
	}
}
