package org.bigsociety.groups.organisation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The part of an organisation's address after {@code /groups/}: lower-case words joined by hyphens, set once. */
public record Slug(String value) {

	static final int MAX = 60;
	private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	public Slug {
		if (value == null || value.length() > MAX + 8 || !FORM.matcher(value).matches()) {
			throw new IllegalArgumentException("A group's address is lower-case letters and digits joined by hyphens");
		}
	}

	/** The slug a name suggests: "St Mary's Friends (Hackney)" becomes {@code st-marys-friends-hackney}. */
	public static Slug from(String name) {
		String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replace("'", "")
			.replace("’", "")
			.replace("&", " and ")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (plain.length() > MAX) {
			plain = plain.substring(0, MAX).replaceAll("-+$", "");
		}
		return new Slug(plain.isEmpty() ? "group" : plain);
	}

	/** This slug with a number on the end, for the second group of the same name. */
	Slug numbered(int n) {
		return new Slug(value + "-" + n);
	}

	/** Whether the text could be a slug at all, so a malformed address is a plain 404. */
	public static boolean isWellFormed(String text) {
		return text != null && text.length() <= MAX + 8 && FORM.matcher(text).matches();
	}

	@Override
	public String toString() {
		return value;
	}
}
