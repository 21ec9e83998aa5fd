package org.bigsociety.timebank;

/** The id of a time bank: what other modules store to link something (an event, say) to a time bank. */
public record TimeBankId(long value) {

	public TimeBankId {
		if (value <= 0) {
			throw new IllegalArgumentException("A time bank id is a positive number");
		}
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
