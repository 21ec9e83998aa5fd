package org.bigsociety.groups.organisation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A register number on the Financial Conduct Authority's Mutuals Public Register, for co-operative and community
 * benefit societies: digits, with an {@code R} after them for societies registered in England and Wales under the
 * Co-operative and Community Benefit Societies Act 2014 (formerly the Industrial and Provident Societies Act), such as
 * {@code 30187R}. The register's own pages are addressed by the digits: https://mutuals.fca.org.uk/Search/Society/{n}.
 * Identifier scheme {@code GB-MPR} (org-id.guide).
 */
public record SocietyNumber(String value) {

	private static final Pattern FORM = Pattern.compile("[0-9]{1,6}R?");

	public SocietyNumber {
		if (value == null || !FORM.matcher(value).matches() || value.chars().allMatch(c -> c == '0' || c == 'R')) {
			throw new IllegalArgumentException("A society's register number is up to 6 digits, sometimes with an R after them, like 30187R");
		}
	}

	/** What a person typed: spaces dropped, the R in upper case. */
	public static SocietyNumber parse(String typed) {
		return new SocietyNumber(typed == null ? null : typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT));
	}

	/** The society's page on the Mutuals Public Register. */
	public String registerAddress() {
		return "https://mutuals.fca.org.uk/Search/Society/" + value.replace("R", "");
	}

	@Override
	public String toString() {
		return value;
	}
}
