package org.bigsociety.place;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A UK postcode in its normal written form: upper case, one space before the last three characters
 * ({@code sw1a1aa} becomes {@code SW1A 1AA}). Anything that is not shaped like a postcode is refused.
 */
public record Postcode(String value) {

	// Outward code: A9, A99, A9A, AA9, AA99, AA9A; inward code: 9AA (the inward letters never include C I K M O V).
	private static final Pattern FORM = Pattern
		.compile("([A-Z]{1,2}[0-9][0-9A-Z]?) ?([0-9][ABD-HJLNP-UW-Z]{2})");

	public Postcode {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("Enter a postcode");
		}
		String compact = value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
		if (compact.length() > 7 || compact.length() < 5) {
			throw new IllegalArgumentException("Enter a real postcode, like E8 1DY");
		}
		var match = FORM.matcher(compact);
		if (!match.matches()) {
			throw new IllegalArgumentException("Enter a real postcode, like E8 1DY");
		}
		value = match.group(1) + " " + match.group(2);
	}

	/** Parses what a person typed, in any case and spacing. */
	public static Postcode parse(String raw) {
		return new Postcode(raw);
	}

	/** The outward code, such as {@code E8}: the part before the space. */
	public String outward() {
		return value.substring(0, value.indexOf(' '));
	}

	/** The form used in web addresses, such as {@code E81DY}. */
	public String compact() {
		return value.replace(" ", "");
	}

	@Override
	public String toString() {
		return value;
	}
}
