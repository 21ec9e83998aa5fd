package org.bigsociety.participation.referendums;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A poll card's one-time code: 16 characters from an alphabet without look-alikes (no 0/O, 1/I/L), printed in four
 * groups of four, 80 bits of randomness. Typed back in any case, with or without spaces and dashes. Only its SHA-256
 * is kept once the card is printed.
 */
final class CardCode {

	static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
	private static final int LENGTH = 16;
	private static final SecureRandom RANDOM = new SecureRandom();

	private CardCode() {
	}

	/** A fresh code as printed: {@code ABCD-EFGH-JKMN-PQRS}. */
	static String fresh() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < LENGTH; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** The code as typed, reduced to its 16 characters, or null if it cannot be a code. */
	static String normalise(String typed) {
		if (typed == null || typed.length() > 100) {
			return null;
		}
		String plain = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		if (plain.length() != LENGTH) {
			return null;
		}
		for (int i = 0; i < plain.length(); i++) {
			if (ALPHABET.indexOf(plain.charAt(i)) < 0) {
				return null;
			}
		}
		return plain;
	}

	/** SHA-256 of the normalised code, lower-case hex. */
	static String hash(String normalised) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(normalised.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java has SHA-256", e);
		}
	}

	/** Compares two hashes in time independent of where they differ. */
	static boolean sameHash(String a, String b) {
		return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII),
				b.getBytes(StandardCharsets.US_ASCII));
	}
}
