package org.bigsociety.timebank.ledger;

import org.bigsociety.people.PersonId;

/**
 * Who records a movement of credits, and why. Every movement carries one, and every statement line shows it.
 *
 * @param key the client's idempotency key, unique in the paying book
 * @param recordedBy the person who recorded it (a member, or a broker acting for one)
 * @param onBehalfOf the member a broker acted for, or null when people record their own
 * @param memo what it was for, shown on both statements; may be null; at most 500 characters, one line
 * @param exchangeReference what it settles, such as {@code exchange/42} or {@code reward/7/redemption/3}; may be null;
 *        at most 200 characters
 */
public record Recording(IdempotencyKey key, PersonId recordedBy, PersonId onBehalfOf, String memo,
		String exchangeReference) {

	public static final int MAX_MEMO = 500;
	public static final int MAX_REFERENCE = 200;

	public Recording {
		if (key == null || recordedBy == null) {
			throw new IllegalArgumentException("Every movement of credits needs an idempotency key and who recorded it");
		}
		if (recordedBy.equals(onBehalfOf)) {
			onBehalfOf = null;
		}
		memo = oneLine(memo, MAX_MEMO, "memo");
		exchangeReference = oneLine(exchangeReference, MAX_REFERENCE, "exchange reference");
	}

	/** Recorded by the person themselves, with a memo. */
	public static Recording by(PersonId recordedBy, IdempotencyKey key, String memo) {
		return new Recording(key, recordedBy, null, memo, null);
	}

	/** Recorded by a broker for a member. */
	public Recording onBehalfOf(PersonId member) {
		return new Recording(key, recordedBy, member, memo, exchangeReference);
	}

	/** Tied to an exchange or a reward redemption. */
	public Recording forExchange(String reference) {
		return new Recording(key, recordedBy, onBehalfOf, memo, reference);
	}

	private static String oneLine(String text, int max, String what) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String stripped = text.strip();
		if (stripped.length() > max) {
			throw new IllegalArgumentException("A " + what + " is at most " + max + " characters");
		}
		if (stripped.chars().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException("A " + what + " is one line of text, without control characters");
		}
		return stripped;
	}
}
