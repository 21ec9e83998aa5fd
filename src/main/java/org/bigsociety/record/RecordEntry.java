package org.bigsociety.record;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

import org.bigsociety.place.AreaId;

/**
 * One entry on the public record, as stored: its number in the chain, when it was recorded, the fact, and the hashes
 * that link it to the entry before.
 *
 * @param seq the entry's number: 1 for the first, then each one more than the last, with no gaps
 * @param recordedAt when it was appended, to the microsecond
 * @param previousHash the hash of entry {@code seq - 1}, or 64 zeros for the first entry
 * @param hash SHA-256 of {@link #canonicalForm()}, lower-case hex
 */
public record RecordEntry(long seq, Instant recordedAt, AreaId area, String kind, String summary, String reference,
		String previousHash, String hash) {

	/** What a {@link PublicFact#kind()} looks like: lower-case words joined by dots, such as {@code petition.responded}. */
	public static final Pattern KIND = Pattern.compile("[a-z]+(\\.[a-z-]+)+");

	/** The previous hash of the first entry. */
	public static final String GENESIS_HASH = "0".repeat(64);

	private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	/** {@code recordedAt} as the hash covers it: ISO-8601 in UTC with exactly six fractional digits. */
	public String recordedAtText() {
		return timestamp(recordedAt);
	}

	/**
	 * The exact text the hash covers: seq, recorded at, area id, kind, summary, reference and previous hash, joined by
	 * a line feed, encoded as UTF-8. No field may contain a line break, so the form is unambiguous.
	 */
	public String canonicalForm() {
		return canonicalForm(seq, recordedAt, area, kind, summary, reference, previousHash);
	}

	public static String canonicalForm(long seq, Instant recordedAt, AreaId area, String kind, String summary,
			String reference, String previousHash) {
		return String.join("\n", Long.toString(seq), timestamp(recordedAt), Long.toString(area.value()), kind,
				summary, reference, previousHash);
	}

	/** ISO-8601 UTC with microseconds, e.g. {@code 2026-03-27T14:05:09.120000Z}; finer precision is dropped. */
	public static String timestamp(Instant instant) {
		return MICROS.format(instant.truncatedTo(ChronoUnit.MICROS));
	}
}
