package org.bigsociety.people.account;

import java.util.Locale;
import java.util.Optional;

/**
 * What a new password must be: long enough to resist guessing (NCSC and NIST favour length over composition rules),
 * short enough to hash, and not the email address.
 */
public final class PasswordRules {

	public static final int MINIMUM = 10;
	public static final int MAXIMUM = 128;

	private PasswordRules() {
	}

	/** The message key of what is wrong with the password, or empty if it is acceptable. */
	public static Optional<String> problemWith(String password, String email) {
		if (password == null || password.isEmpty()) {
			return Optional.of("people.password.missing");
		}
		if (password.length() < MINIMUM) {
			return Optional.of("people.password.tooShort");
		}
		if (password.length() > MAXIMUM) {
			return Optional.of("people.password.tooLong");
		}
		if (email != null && password.trim().toLowerCase(Locale.ROOT).equals(email.trim().toLowerCase(Locale.ROOT))) {
			return Optional.of("people.password.isEmail");
		}
		return Optional.empty();
	}
}
