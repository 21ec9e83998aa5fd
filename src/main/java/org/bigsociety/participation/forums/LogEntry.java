package org.bigsociety.participation.forums;

import java.time.Instant;

import org.bigsociety.people.PersonId;

/** One line of a forum's moderation log: who did what to which post, thread or person, and why. */
public record LogEntry(long id, PersonId moderator, String action, Long postId, Long threadId, PersonId subject,
		String reason, Instant at) {
}
