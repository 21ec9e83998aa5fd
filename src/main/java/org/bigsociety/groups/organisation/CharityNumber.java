package org.bigsociety.groups.organisation;

import java.util.regex.Pattern;

/**
 * A registered charity number from the Charity Commission for England and Wales: six to eight digits (older charities
 * have six, those registered since the 1990s seven), and for a linked or subsidiary charity a hyphen and its linked
 * number, such as {@code 1123456-1}. The register download names these {@code registered_charity_number} and
 * {@code linked_charity_number} (the main charity's linked number is 0); see the field notes in
 * https://github.com/drkane/charity-lookups/blob/master/ccew-fields.md. Its identifier scheme is {@code GB-CHC}
 * (org-id.guide).
 */
public record CharityNumber(String value) {

	private static final Pattern FORM = Pattern.compile("[0-9]{6,8}(-[1-9][0-9]{0,2})?");

	public CharityNumber {
		if (value == null || !FORM.matcher(value).matches()) {
			throw new IllegalArgumentException(
					"A charity number is 6 to 8 digits, with a hyphen and a number after it for a linked charity, like 1123456 or 1123456-1");
		}
	}

	/** What a person typed: spaces are dropped. */
	public static CharityNumber parse(String typed) {
		return new CharityNumber(typed == null ? null : typed.replaceAll("\\s+", ""));
	}

	/** The main charity's number, without a linked charity's suffix. */
	public String main() {
		int dash = value.indexOf('-');
		return dash < 0 ? value : value.substring(0, dash);
	}

	/** The charity's page on the Commission's public register. */
	public String registerAddress() {
		return "https://register-of-charities.charitycommission.gov.uk/charity-search/-/charity-details/" + main();
	}

	@Override
	public String toString() {
		return value;
	}
}
