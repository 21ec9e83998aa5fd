package org.bigsociety.participation.forums;

/** Why someone may not post in a forum; each has a message {@code forums.refusal.<NAME>}. */
public enum Refusal {
	/** Not signed in. */
	SIGN_IN,
	/** The account's email address is not confirmed. */
	CONFIRM_EMAIL,
	/** An area's forum: the account's postcode is not in the area, or not even self-declared. */
	NOT_RESIDENT,
	/** A group's forum: only members post. */
	NOT_MEMBER,
	/** A moderator suspended the account from this forum. */
	SUSPENDED,
	/** The thread is locked. */
	LOCKED
}
