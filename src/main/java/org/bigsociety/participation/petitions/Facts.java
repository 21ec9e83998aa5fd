package org.bigsociety.participation.petitions;

import java.util.regex.Pattern;

/** Helps write facts for the public record, which refuses personal data. */
final class Facts {

	private static final Pattern RISKY = Pattern.compile("@|(\\d[\\s\\-().]{0,2}){7,}");

	private Facts() {
	}

	/**
	 * A petition's title in quotes, for a fact's summary; empty if it holds anything the record could take for
	 * personal data (an at sign, or a long run of digits), or would make the summary too long.
	 */
	static String quoted(String title) {
		if (title == null || title.isBlank() || title.length() > 150 || RISKY.matcher(title).find()) {
			return "";
		}
		return " \u201c" + title.strip().replaceAll("\\s+", " ") + "\u201d";
	}
}
