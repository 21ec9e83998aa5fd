package org.bigsociety.participation.budgets;

/** Whether a person may vote in a round, and if not, why. */
public enum Eligibility {
	ELIGIBLE,
	/** Their account has no postcode we can place, so we cannot tell where they live. */
	NO_RESIDENCE,
	/** They live outside the round's area. */
	OUTSIDE_AREA,
	/** They live in the area, but only by their own word: a ballot needs a residence verified by letter or better. */
	NOT_VERIFIED
}
