package org.bigsociety.timebank.ledger;

import org.bigsociety.timebank.Minutes;

/**
 * A book's rules for its members' accounts (people and organisations): no transfer may take a balance below the
 * floor or above the ceiling, and a person's new account receives the starting gift from the community pot.
 *
 * @param floor the lowest balance allowed: zero or below (a floor of -10 h lets a new member receive help first)
 * @param ceiling the highest balance allowed: zero or above
 * @param startingGift what a person's new account receives; zero for none, never above the ceiling
 */
public record Limits(Minutes floor, Minutes ceiling, Minutes startingGift) {

	public Limits {
		if (floor == null || ceiling == null || startingGift == null) {
			throw new IllegalArgumentException("Limits need a floor, a ceiling and a starting gift (zero for none)");
		}
		if (floor.isPositive()) {
			throw new IllegalArgumentException("The floor must be zero or below, not " + floor);
		}
		if (ceiling.isNegative()) {
			throw new IllegalArgumentException("The ceiling must be zero or above, not " + ceiling);
		}
		if (startingGift.isNegative() || startingGift.isGreaterThan(ceiling)) {
			throw new IllegalArgumentException("The starting gift must lie between zero and the ceiling, not "
					+ startingGift);
		}
	}

	/** Limits without a starting gift. */
	public static Limits of(Minutes floor, Minutes ceiling) {
		return new Limits(floor, ceiling, Minutes.ZERO);
	}

	public Limits withStartingGift(Minutes gift) {
		return new Limits(floor, ceiling, gift);
	}

	/** Whether a balance lies within these limits. */
	public boolean allows(Minutes balance) {
		return !balance.isLessThan(floor) && !balance.isGreaterThan(ceiling);
	}
}
