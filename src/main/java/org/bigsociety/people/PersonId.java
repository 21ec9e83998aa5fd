package org.bigsociety.people;

/** The id of a person's account: what every other module stores to say who did something. */
public record PersonId(long value) {

	public PersonId {
		if (value <= 0) {
			throw new IllegalArgumentException("A person id is a positive number");
		}
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
