package org.bigsociety.timebank.ledger;

/** The id of an account in a time bank's book. */
public record AccountId(long value) {

	public AccountId {
		if (value <= 0) {
			throw new IllegalArgumentException("An account id is a positive number");
		}
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
