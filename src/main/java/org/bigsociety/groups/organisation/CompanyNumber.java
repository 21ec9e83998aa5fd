package org.bigsociety.groups.organisation;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Companies House company number: always eight characters, either eight digits (companies in England and Wales; the
 * leading zeros are often left off, so {@code 445790} is {@code 00445790}) or a two-letter prefix for the kind or
 * jurisdiction of the company and six digits, such as {@code SC123456} (Scotland), {@code NI012345} (Northern
 * Ireland), {@code OC301234} (limited liability partnership), {@code CE000123} and {@code CS000123} (charitable
 * incorporated organisations in England and Wales and in Scotland), {@code IP} and {@code RS} (registered societies).
 * Prefixes from Companies House's "Uniform Resource Identifiers customer guide", as collected and tested against the
 * register in https://gist.github.com/rob-murray/01d43581114a6b319034732bcbda29e1 and
 * https://gist.github.com/IngmarBoddington/6a52d7997cb744627776. Identifier scheme {@code GB-COH} (org-id.guide).
 */
public record CompanyNumber(String value) {

	static final Set<String> PREFIXES = Set.of("AC", "CE", "CS", "ES", "FC", "FE", "GE", "GN", "GS", "IC", "IP", "LP",
			"NA", "NC", "NF", "NI", "NL", "NO", "NP", "NR", "NV", "NZ", "OC", "OE", "R0", "RC", "RS", "SA", "SC", "SE",
			"SF", "SG", "SI", "SL", "SO", "SP", "SR", "SZ", "ZC");
	private static final Pattern DIGITS = Pattern.compile("[0-9]{8}");
	private static final Pattern PREFIXED = Pattern.compile("([A-Z][A-Z0-9])([0-9]{6})");
	private static final Pattern SHORT = Pattern.compile("[0-9]{1,7}");

	public CompanyNumber {
		if (value == null || !(DIGITS.matcher(value).matches() || prefixed(value))) {
			throw new IllegalArgumentException(
					"A company number is 8 characters: 8 digits, or 2 letters such as SC or NI and 6 digits, like 01234567 or SC123456");
		}
	}

	private static boolean prefixed(String value) {
		var match = PREFIXED.matcher(value);
		return match.matches() && PREFIXES.contains(match.group(1));
	}

	/** What a person typed: spaces dropped, letters in upper case, a short all-digit number padded with zeros. */
	public static CompanyNumber parse(String typed) {
		if (typed == null) {
			return new CompanyNumber(null);
		}
		String compact = typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
		if (SHORT.matcher(compact).matches()) {
			compact = "0".repeat(8 - compact.length()) + compact;
		}
		return new CompanyNumber(compact);
	}

	/** The company's page on Companies House's public register. */
	public String registerAddress() {
		return "https://find-and-update.company-information.service.gov.uk/company/" + value;
	}

	@Override
	public String toString() {
		return value;
	}
}
