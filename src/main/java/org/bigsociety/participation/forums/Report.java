package org.bigsociety.participation.forums;

import java.time.Instant;

import org.bigsociety.people.PersonId;

/** A report of a post to its forum's moderators; {@code reporter} is null once their account is deleted. */
public record Report(long id, long postId, PersonId reporter, String reason, Instant at) {
}
