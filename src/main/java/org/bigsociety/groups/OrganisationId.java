package org.bigsociety.groups;

/** The id of an organisation or group of any legal form: what other modules store to say which group did something. */
public record OrganisationId(long value) {

	public OrganisationId {
		if (value <= 0) {
			throw new IllegalArgumentException("An organisation id is a positive number");
		}
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
