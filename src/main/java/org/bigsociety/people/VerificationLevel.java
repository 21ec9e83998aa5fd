package org.bigsociety.people;

/**
 * How sure the platform is that a person lives where their account says. The levels are ordered: each proves at least
 * what the ones before it prove, so an action states the least level it needs and checks it with {@link #atLeast}.
 * Whether the email address is confirmed is a separate question ({@link Residence#emailConfirmed()}).
 */
public enum VerificationLevel {

	/** No postcode we can place: we cannot tell where the person lives. */
	NONE,

	/** The person gave a postcode and declared that they live there; nobody has checked. */
	SELF_DECLARED,

	/** A letter carrying a one-time code was posted to the address and the code was typed back. */
	VERIFIED_BY_LETTER,

	/** A council officer saw evidence of the address and recorded it against the account. */
	VERIFIED_BY_OFFICER;

	/** Whether this level proves at least what {@code needed} proves. */
	public boolean atLeast(VerificationLevel needed) {
		return compareTo(needed) >= 0;
	}
}
