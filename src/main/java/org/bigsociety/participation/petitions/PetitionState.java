package org.bigsociety.participation.petitions;

/**
 * Where a petition is in its life, as stored. A petition whose closing date has passed is still {@link #OPEN} here and
 * shown as closed ({@link Petition#closed}): closing needs no job and no write.
 */
public enum PetitionState {
	/** Created; waiting for five supporters to confirm by email. Not public. */
	COLLECTING_SUPPORT,
	/** Has its supporters; waiting for a moderator. Not public. */
	AWAITING_MODERATION,
	/** Accepted by a moderator: public, and open for signatures until its closing date. */
	OPEN,
	/** Turned down by a moderator for a standard reason. */
	REJECTED
}
