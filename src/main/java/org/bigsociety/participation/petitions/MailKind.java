package org.bigsociety.participation.petitions;

/** The mail petitions send, queued in {@code participation.petition_mail} and written by {@link PetitionMail}. */
enum MailKind {
	/** The link that confirms a signature (or a supporter's signature). */
	CONFIRM_SIGNATURE,
	/** Someone signed again with an address that has signed already: tell its owner, confirm nothing. */
	ALREADY_SIGNED,
	/** The council's response, to a confirmed signer. */
	RESPONSE
}
