package org.bigsociety.people;

/** What came of inviting a person enrolled in person to go online ({@link People#inviteOnline}). */
public enum OnlineInvitation {
	/** The address is saved on the account and a link to set a password was sent to it. */
	SENT,
	/** Not an email address; nothing changed. */
	INVALID_ADDRESS,
	/** Another live account has this address; nothing changed. */
	ADDRESS_IN_USE,
	/** The account was not enrolled in person, is deleted, or already has a password; nothing changed. */
	NOT_OFFLINE
}
