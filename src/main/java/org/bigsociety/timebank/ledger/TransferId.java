package org.bigsociety.timebank.ledger;

/** The id of a transfer: one movement of minutes from one account to another, never changed once posted. */
public record TransferId(long value) {

	public TransferId {
		if (value <= 0) {
			throw new IllegalArgumentException("A transfer id is a positive number");
		}
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
