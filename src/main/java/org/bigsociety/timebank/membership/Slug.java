package org.bigsociety.timebank.membership;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The short name of a time bank in its address, such as {@code hackney} in {@code /timebanks/hackney}. */
public record Slug(String value) {

	private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	public Slug {
		if (value == null || value.length() > 60 || !FORM.matcher(value).matches() || value.matches("[0-9]+")
				|| value.equals("new")) {
			throw new IllegalArgumentException("A slug is lower-case letters and digits joined by hyphens, not only digits");
		}
	}

	/** The slug a name suggests: {@code "Stoke Newington Time Bank"} becomes {@code stoke-newington-time-bank}. */
	public static Slug from(String name) {
		String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
		if (slug.length() > 50) {
			slug = slug.substring(0, 50).replaceAll("-+$", "");
		}
		if (slug.isEmpty() || slug.matches("[0-9]+") || slug.equals("new")) {
			slug = "time-bank" + (slug.isEmpty() ? "" : "-" + slug);
		}
		return new Slug(slug);
	}

	@Override
	public String toString() {
		return value;
	}
}
