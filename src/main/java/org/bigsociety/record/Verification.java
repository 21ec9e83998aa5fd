package org.bigsociety.record;

/**
 * The outcome of recomputing the whole chain.
 *
 * @param valid whether every entry's hash matches its content and links to the one before, with no gaps
 * @param entries how many entries were checked
 * @param firstBrokenAt the number of the first entry that fails, or null when valid
 * @param reason why it fails, or null when valid
 */
public record Verification(boolean valid, long entries, Long firstBrokenAt, String reason) {

	public static final String HASH_MISMATCH = "hash does not match content";
	public static final String LINK_BROKEN = "previous-hash link broken";
	public static final String SEQUENCE_GAP = "sequence gap";

	public static Verification intact(long entries) {
		return new Verification(true, entries, null, null);
	}

	public static Verification brokenAt(long entries, long seq, String reason) {
		return new Verification(false, entries, seq, reason);
	}
}
