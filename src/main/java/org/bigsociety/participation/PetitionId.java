package org.bigsociety.participation;

/** The id of a petition: what the public record and other modules use to refer to one. */
public record PetitionId(long value) {

	public PetitionId {
		if (value <= 0) {
			throw new IllegalArgumentException("A petition id is a positive number");
		}
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
