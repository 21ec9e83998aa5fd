package org.bigsociety.participation.petitions;

import java.util.Optional;

/**
 * What the confirmation link carries: the signature's number and its secret, as {@code 1234.secret}. The number finds
 * the row by its primary key (no extra index to keep up while thousands sign), the secret proves the email was read.
 */
record SignatureToken(long signature, Secret secret) {

	static Optional<SignatureToken> parse(String text) {
		if (text == null || text.length() > 120) {
			return Optional.empty();
		}
		int dot = text.indexOf('.');
		if (dot < 1) {
			return Optional.empty();
		}
		try {
			long id = Long.parseLong(text.substring(0, dot));
			return id > 0 ? Optional.of(new SignatureToken(id, new Secret(text.substring(dot + 1)))) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return signature + "." + secret.value();
	}
}
