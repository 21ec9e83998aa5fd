package org.bigsociety.record.chain;

import java.util.regex.Pattern;

import org.bigsociety.record.PublicFact;
import org.bigsociety.record.RecordEntry;

/**
 * What a fact must be before it can go on the record, which is public and permanent: a well-formed kind, a short
 * summary and reference on one line each, and no personal data (an email address or a UK phone number) in either.
 */
final class FactRules {

	static final int MAX_SUMMARY = 500;
	static final int MAX_REFERENCE = 200;

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\u2028\\u2029]");
	private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
	// +44 or 0044, optionally (0), or a national number starting 0; then 9 or 10 more digits, spaced or not.
	private static final Pattern UK_PHONE = Pattern
		.compile("(?<![\\d+])(?:(?:\\+|00)\\s?44\\s?(?:\\(0\\)\\s?)?|\\(?0)(?:\\d[\\s\\-().]{0,2}){8,9}\\d(?!\\d)");

	private FactRules() {
	}

	static void requireRecordable(PublicFact fact) {
		if (fact == null) {
			throw new IllegalArgumentException("There is no fact to record");
		}
		if (fact.area() == null) {
			throw new IllegalArgumentException("A fact on the public record must belong to an area");
		}
		String kind = fact.kind();
		if (kind == null || !RecordEntry.KIND.matcher(kind).matches()) {
			throw new IllegalArgumentException(
					"A fact's kind is lower-case words separated by dots, such as petition.responded: " + kind);
		}
		requireLine("summary", fact.summary(), MAX_SUMMARY);
		requireLine("reference", fact.reference(), MAX_REFERENCE);
		refusePersonalData("summary", fact.summary());
		// References are identifiers (often UUIDs, whose digit runs look like phone numbers), so only emails here.
		if (EMAIL.matcher(fact.reference()).find()) {
			throw new IllegalArgumentException(
					"A fact's reference must not contain an email address: the public record holds no personal data");
		}
	}

	private static void requireLine(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("A fact needs a " + field);
		}
		if (value.length() > max) {
			throw new IllegalArgumentException("A fact's " + field + " is at most " + max + " characters");
		}
		// Line breaks would make the canonical form ambiguous; other control characters are never wanted.
		if (CONTROL.matcher(value).find()) {
			throw new IllegalArgumentException("A fact's " + field + " is one line without control characters");
		}
	}

	private static void refusePersonalData(String field, String value) {
		if (EMAIL.matcher(value).find()) {
			throw new IllegalArgumentException(
					"A fact's " + field + " must not contain an email address: the public record holds no personal data");
		}
		if (UK_PHONE.matcher(value).find()) {
			throw new IllegalArgumentException(
					"A fact's " + field + " must not contain a phone number: the public record holds no personal data");
		}
	}
}
