package org.bigsociety.action;

/** The id of an event: what other modules store to refer to one, and the number in {@code /events/{id}}. */
public record EventId(long value) {

	public EventId {
		if (value <= 0) {
			throw new IllegalArgumentException("An event id is a positive number");
		}
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
