package org.bigsociety.record;

import java.time.Instant;

import org.bigsociety.place.AreaId;

/**
 * Which entries to list, newest first. Every criterion is optional (null). {@code before} and {@code after} page
 * through the results by entry number: {@code before} gives the newest entries older than it, {@code after} the
 * oldest entries newer than it (still returned newest first).
 *
 * @param from recorded at or after this instant
 * @param until recorded before this instant
 * @param limit at most this many entries, 1 to 1000
 */
public record RecordQuery(AreaId area, String kind, Instant from, Instant until, Long before, Long after, int limit) {

	public static final int MAX_LIMIT = 1000;

	public RecordQuery {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("A record query returns between 1 and " + MAX_LIMIT + " entries");
		}
		if (before != null && after != null) {
			throw new IllegalArgumentException("Page before an entry or after one, not both");
		}
	}

	public static RecordQuery newest(int limit) {
		return new RecordQuery(null, null, null, null, null, null, limit);
	}
}
