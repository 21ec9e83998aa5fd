package org.bigsociety.place;

import java.util.Locale;
import java.util.regex.Pattern;

/** A Government Statistical Service code, such as {@code E09000012} for Hackney: a letter and eight digits. */
public record GssCode(String value) {

	private static final Pattern FORM = Pattern.compile("[EKLMNSWJ]\\d{8}");

	public GssCode {
		if (value == null) {
			throw new IllegalArgumentException("Enter a GSS code");
		}
		value = value.trim().toUpperCase(Locale.ROOT);
		if (!FORM.matcher(value).matches()) {
			throw new IllegalArgumentException("A GSS code is a letter followed by eight digits, like E09000012");
		}
	}

	@Override
	public String toString() {
		return value;
	}
}
