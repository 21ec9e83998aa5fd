package org.bigsociety.people.account;

import java.util.Locale;
import java.util.regex.Pattern;

/** An email address as people type it, trimmed and lower-cased so one address is one account. */
public record EmailAddress(String value) {

	// Deliberately loose: something, an @, a domain with a dot. The confirmation email is the real check.
	private static final Pattern FORM = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	public EmailAddress {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("people.email.missing");
		}
		value = value.trim().toLowerCase(Locale.ROOT);
		if (value.length() > 254 || !FORM.matcher(value).matches()) {
			throw new IllegalArgumentException("people.email.invalid");
		}
	}

	/** The address, or null if what was typed is not one. */
	public static EmailAddress parseOrNull(String raw) {
		try {
			return new EmailAddress(raw);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	@Override
	public String toString() {
		return value;
	}
}
