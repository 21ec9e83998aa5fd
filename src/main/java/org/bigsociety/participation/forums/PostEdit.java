package org.bigsociety.participation.forums;

import java.time.Instant;

/**
 * The words a post had before its author changed them, kept for the forum's moderators only.
 *
 * @param replacedAt when the author replaced them
 */
public record PostEdit(String previousBody, Instant replacedAt) {

	/** The earlier words, for showing as a post is shown. */
	public PostText text() {
		return new PostText(previousBody);
	}
}
