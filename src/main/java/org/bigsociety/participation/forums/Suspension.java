package org.bigsociety.participation.forums;

import java.time.Instant;

import org.bigsociety.people.PersonId;

/** A person suspended from posting in a forum, until a moment or (until null) until a moderator lifts it. */
public record Suspension(long id, long forumId, PersonId person, String reason, Instant startsAt, Instant until) {
}
