package org.bigsociety.participation.ideas;

/** An ideas call's phases, in order; an officer moves a call on to the next, never back. */
public enum CallPhase {
	/** Residents submit ideas, form teams and support ideas until the deadline. */
	OPEN,
	/** The panel scores each idea against the published criteria; the officer picks the shortlist. */
	JUDGING,
	/** The shortlist is published; people sign up for the build weekend. */
	BUILD_WEEKEND,
	/** The officer records what became of each idea. */
	OUTCOMES;

	/** The phase after this one; OUTCOMES is the last. */
	public CallPhase next() {
		if (this == OUTCOMES) {
			throw new IllegalStateException("Outcomes is the last phase");
		}
		return values()[ordinal() + 1];
	}

	/** Whether judging has closed, so everyone may see the scores and the ranking. */
	public boolean judged() {
		return compareTo(JUDGING) > 0;
	}
}
