package org.bigsociety.participation.ideas;

import java.time.Instant;

/** An idea submitted to a call, with its public support count and, later, the shortlist decision and outcome. */
public record Idea(long id, long callId, Long authorId, String title, String problem, String proposal,
		String beneficiaries, String inviteCode, Instant createdAt, int supports, boolean shortlisted,
		String shortlistNote, Outcome outcome, Long outcomePence, Long outcomeGroupId, String outcomeNote) {

	public boolean authoredBy(long person) {
		return authorId != null && authorId == person;
	}
}
