package org.bigsociety.participation.petitions;

/**
 * The standard reasons a moderator rejects a petition, each explained to the creator and on the petition's page
 * ({@code petitions.reason.<NAME>} and {@code petitions.reason.<NAME>.explained} in the message bundle). For the
 * reasons in which the petition's own words could do harm, its text is never shown again.
 */
public enum RejectionReason {
	DUPLICATE(false), NOT_THE_COUNCILS_RESPONSIBILITY(false), ALREADY_BEING_DONE(false), NOT_A_REQUEST(false),
	ABOUT_ONE_PERSON_OR_CASE(true), OFFENSIVE_OR_DEFAMATORY(true), CONFIDENTIAL_OR_PERSONAL(true),
	ADVERTISING_OR_SPAM(true), UNCLEAR(false);

	private final boolean textHidden;

	RejectionReason(boolean textHidden) {
		this.textHidden = textHidden;
	}

	/** Whether the petition's title and text stay hidden once it is rejected for this reason. */
	public boolean textHidden() {
		return textHidden;
	}
}
