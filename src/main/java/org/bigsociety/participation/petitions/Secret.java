package org.bigsociety.participation.petitions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** A random secret for a link sent by email; only its SHA-256 is kept once the email has gone. */
record Secret(String value) {

	private static final SecureRandom RANDOM = new SecureRandom();

	Secret {
		if (value == null || value.length() < 16 || value.length() > 100 || !value.matches("[A-Za-z0-9_-]+")) {
			throw new IllegalArgumentException("Not a secret this platform made");
		}
	}

	static Secret random() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return new Secret(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	String hash() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Constant-time comparison of two secrets' hashes. */
	static boolean sameHash(String a, String b) {
		return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII),
				b.getBytes(StandardCharsets.US_ASCII));
	}

	@Override
	public String toString() {
		return "Secret[hidden]";
	}
}
