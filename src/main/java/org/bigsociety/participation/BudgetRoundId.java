package org.bigsociety.participation;

/** The id of a participatory budgeting round. */
public record BudgetRoundId(long value) {

	public BudgetRoundId {
		if (value <= 0) {
			throw new IllegalArgumentException("A budget round id is a positive number");
		}
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
