package org.bigsociety.people.verification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The one-time code printed on a verification letter: twelve characters from an alphabet without look-alikes (no 0, O,
 * 1, I or L), written in three groups of four. About 59 bits: with five tries per letter, guessing is hopeless. The
 * database keeps only the SHA-256 of the letter's id and the code, compared in constant time.
 */
record LetterCode(String value) {

	static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
	static final int LENGTH = 12;
	private static final SecureRandom RANDOM = new SecureRandom();

	LetterCode {
		if (value == null || value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
			throw new IllegalArgumentException("A letter code is twelve letters and digits");
		}
	}

	static LetterCode random() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return new LetterCode(code.toString());
	}

	/**
	 * What a resident typed, read generously (any case; spaces and dashes ignored). Null if it cannot be a code at all,
	 * such as a wrong length or a look-alike that is not in the alphabet; that costs the resident no try.
	 */
	static LetterCode parseOrNull(String typed) {
		if (typed == null || typed.length() > 100) {
			return null;
		}
		String compact = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		try {
			return new LetterCode(compact);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** As printed: {@code ABCD-EFGH-JKMN}. */
	String printed() {
		return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
	}

	String hashFor(long letterId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((letterId + ":" + value).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** Whether this is the code whose hash was stored for the letter, compared in constant time. */
	boolean matches(long letterId, String storedHash) {
		return storedHash != null && MessageDigest.isEqual(hashFor(letterId).getBytes(StandardCharsets.US_ASCII),
				storedHash.getBytes(StandardCharsets.US_ASCII));
	}

	@Override
	public String toString() {
		return "LetterCode[hidden]";
	}
}
