package org.bigsociety.participation;

/** The id of a referendum or a poll. */
public record ReferendumId(long value) {

	public ReferendumId {
		if (value <= 0) {
			throw new IllegalArgumentException("A referendum id is a positive number");
		}
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
