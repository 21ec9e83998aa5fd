package org.bigsociety.timebank.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The content of a request, hashed, so a retried key can be told apart from a key reused for something else. Fields
 * are joined with a unit separator, which no field may contain (memos and references are one line of text).
 */
final class Fingerprint {

	private Fingerprint() {
	}

	static String of(Object... fields) {
		StringBuilder text = new StringBuilder();
		for (Object field : fields) {
			text.append(field == null ? "" : field.toString()).append('\u001f');
		}
		return sha256(text.toString());
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}
}
