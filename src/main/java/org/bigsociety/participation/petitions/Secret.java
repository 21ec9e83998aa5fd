package org.bigsociety.participation.petitions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** A random secret for a link sent by email; only its SHA-256 is kept once the email has gone. */
record Secret(String value) {

	private static final SecureRandom RANDOM = new SecureRandom();
	/** Compiled once: every signing and every confirmation makes a secret. */
	private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9_-]+");
	private static final MessageDigest SHA_256;

	static {
		try {
			SHA_256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	Secret {
		if (value == null || value.length() < 16 || value.length() > 100 || !URL_SAFE.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a secret this platform made");
		}
	}

	static Secret random() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return new Secret(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	String hash() {
		MessageDigest sha256;
		try {
			sha256 = (MessageDigest) SHA_256.clone(); // cheaper than looking the provider up each time
		}
		catch (CloneNotSupportedException ex) {
			throw new IllegalStateException(ex);
		}
		return HexFormat.of().formatHex(sha256.digest(value.getBytes(StandardCharsets.US_ASCII)));
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
