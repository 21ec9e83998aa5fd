package org.bigsociety.participation.referendums;

/**
 * When a referendum passes: "yes" needs more than half the valid votes (a simple majority, {@code percent} 50) or at
 * least {@code percent} per cent of them (a supermajority, such as 75), and, if {@code minimumTurnout} is above 0, at
 * least that per cent of the roll must have voted. Whole per cents, compared in exact integer arithmetic.
 */
public record PassRule(int percent, int minimumTurnout) {

	public static final PassRule SIMPLE_MAJORITY = new PassRule(50, 0);

	public PassRule {
		if (percent < 50 || percent > 100) {
			throw new IllegalArgumentException("A pass rule needs between 50 and 100 per cent");
		}
		if (minimumTurnout < 0 || minimumTurnout > 100) {
			throw new IllegalArgumentException("A minimum turnout is between 0 and 100 per cent");
		}
	}

	public boolean simpleMajority() {
		return percent == 50;
	}

	/**
	 * Whether the result passes: {@code yes} and {@code no} are the valid votes, {@code turnout} how many on the roll
	 * voted, {@code roll} how many were on it. No votes at all never pass.
	 */
	public boolean passes(long yes, long no, long turnout, long roll) {
		if (yes < 0 || no < 0 || turnout < 0 || roll < 0) {
			throw new IllegalArgumentException("Counts are never negative");
		}
		long valid = yes + no;
		if (valid == 0) {
			return false;
		}
		boolean enoughYes = simpleMajority() ? 2 * yes > valid : 100 * yes >= (long) percent * valid;
		return enoughYes && turnoutReached(turnout, roll);
	}

	/** Whether enough of the roll voted; always true without a minimum turnout. */
	public boolean turnoutReached(long turnout, long roll) {
		if (minimumTurnout == 0) {
			return true;
		}
		return roll > 0 && 100 * turnout >= (long) minimumTurnout * roll;
	}
}
