package org.bigsociety.participation.consultations;

import java.time.Instant;

import org.bigsociety.people.PersonId;

/**
 * A comment on a paragraph or a proposed replacement for it, with the council's answer once given.
 *
 * @param author null once the account has been deleted
 * @param supports how many people support it (proposals only)
 * @param answer null until an officer answers
 */
public record Contribution(long id, long consultationId, int paragraph, ContributionKind kind, PersonId author,
		String text, Instant postedAt, int supports, Answer answer, String answerReason, Instant answeredAt) {

	public boolean answered() {
		return answer != null;
	}
}
