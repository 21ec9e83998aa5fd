package org.bigsociety.participation.forums;

import java.time.Instant;

import org.bigsociety.people.PersonId;

/**
 * One post in a thread.
 *
 * @param author null once the author's account is deleted ({@code authorDeleted}); the post keeps its place, its
 *        words are gone
 * @param hiddenReason the moderator's reason, shown in the post's place while it is hidden
 * @param editedAt when its author last changed its words; null if never
 */
public record Post(long id, long threadId, long forumId, PersonId author, boolean authorDeleted, String body,
		boolean first, PostState state, String hiddenReason, Instant createdAt, Instant editedAt) {

	/** The words, for showing; null when the author deleted their account. */
	public PostText text() {
		return authorDeleted || body.isBlank() ? null : new PostText(body);
	}
}
