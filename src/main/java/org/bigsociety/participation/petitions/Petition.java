package org.bigsociety.participation.petitions;

import java.time.Duration;
import java.time.Instant;

import org.bigsociety.participation.PetitionId;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.AreaId;

/**
 * A petition to the council for an area: what it asks, where it is in its life, the moderator's decision and the
 * council's response. Its verbs return the petition as it becomes and refuse what its state does not allow; the
 * signatures are counted apart ({@link Signatures}), never stored here.
 *
 * @param creator null once the creator's account is deleted
 * @param responseDueFrom when the signature that reached the response threshold was confirmed (the clock's start)
 */
public record Petition(PetitionId id, AreaId area, PersonId creator, String title, String background, String details,
		PetitionState state, String supportToken, Instant createdAt, Instant submittedAt, Moderation moderation,
		Instant openedAt, Instant closesAt, Instant responseDueFrom, Instant debateReachedAt, Response response) {

	/** How many supporters must confirm before a moderator sees the petition. */
	public static final int SUPPORTERS_NEEDED = 5;

	public static final int MAX_TITLE = 100;
	public static final int MAX_BACKGROUND = 1000;
	public static final int MAX_DETAILS = 2000;
	public static final int MAX_RESPONSE = 10_000;

	/** A moderator's decision. {@code reason} is null for an acceptance. */
	public record Moderation(PersonId moderator, Instant at, RejectionReason reason, String note) {
	}

	/** The council's written response. */
	public record Response(String text, Instant at, PersonId officer) {
	}

	/** Whether the closing date has passed (only an open petition closes). */
	public boolean closed(Instant now) {
		return state == PetitionState.OPEN && closesAt != null && !now.isBefore(closesAt);
	}

	/** Whether anyone can see it: once a moderator has decided. */
	public boolean published() {
		return state == PetitionState.OPEN || state == PetitionState.REJECTED;
	}

	/**
	 * Whether the petition's words (title, text, and the moderator's note, which may quote them) may be shown: not
	 * after a rejection whose reason is the words themselves ({@link RejectionReason#textHidden()}).
	 */
	public boolean textShown() {
		return moderation == null || moderation.reason() == null || !moderation.reason().textHidden();
	}

	/** Whether a new signature may be made now: by supporters before moderation, by anyone while open. */
	public boolean acceptsSignatures(Instant now) {
		return state == PetitionState.COLLECTING_SUPPORT || (state == PetitionState.OPEN && !closed(now));
	}

	Petition submitted(Instant at) {
		require(PetitionState.COLLECTING_SUPPORT);
		return with(PetitionState.AWAITING_MODERATION, at, moderation, openedAt, closesAt, response);
	}

	Petition accepted(PersonId moderator, String note, Instant at, Duration openFor) {
		require(PetitionState.AWAITING_MODERATION);
		return with(PetitionState.OPEN, submittedAt, new Moderation(moderator, at, null, note), at, at.plus(openFor),
				response);
	}

	Petition rejected(PersonId moderator, RejectionReason reason, String note, Instant at) {
		require(PetitionState.AWAITING_MODERATION);
		if (reason == null) {
			throw new IllegalArgumentException("A rejection needs one of the standard reasons");
		}
		return with(PetitionState.REJECTED, submittedAt, new Moderation(moderator, at, reason, note), openedAt, closesAt,
				response);
	}

	Petition responded(PersonId officer, String text, Instant at) {
		require(PetitionState.OPEN);
		if (response != null) {
			throw new IllegalStateException("petitions.respond.already");
		}
		return with(state, submittedAt, moderation, openedAt, closesAt, new Response(text, at, officer));
	}

	private void require(PetitionState expected) {
		if (state != expected) {
			throw new IllegalStateException("petitions.state." + state + ".refuses");
		}
	}

	private Petition with(PetitionState newState, Instant newSubmittedAt, Moderation newModeration, Instant newOpenedAt,
			Instant newClosesAt, Response newResponse) {
		return new Petition(id, area, creator, title, background, details, newState, supportToken, createdAt,
				newSubmittedAt, newModeration, newOpenedAt, newClosesAt, responseDueFrom, debateReachedAt, newResponse);
	}
}
