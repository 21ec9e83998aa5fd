package org.bigsociety.participation.forums;

import java.time.Instant;

import org.bigsociety.people.PersonId;

/**
 * A thread: a title and its first post, then replies.
 *
 * @param author null once the author's account is deleted
 * @param posts published or hidden posts, the first included
 * @param visible false while its first post waits for a moderator, or after it was rejected
 * @param titleHidden its first post is hidden, and the title with it (moderators still see it)
 */
public record ForumThread(long id, long forumId, String title, PersonId author, Instant createdAt,
		Instant lastActivityAt, int posts, boolean visible, boolean locked, boolean titleHidden) {

	public int replies() {
		return Math.max(0, posts - 1);
	}
}
