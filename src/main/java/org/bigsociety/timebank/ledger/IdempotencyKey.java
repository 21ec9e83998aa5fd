package org.bigsociety.timebank.ledger;

import java.util.regex.Pattern;

/**
 * What a client sends with every movement of credits so that a retry cannot post twice: the same key with the same
 * content returns the first result, with different content it is refused. Keys are unique per time bank's book.
 * One to 128 characters: letters, digits and {@code - _ . : / + = @}; a UUID is a good choice.
 */
public record IdempotencyKey(String value) {

	public static final int MAX_LENGTH = 128;

	private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_.:/+=@-]{1," + MAX_LENGTH + "}");

	public IdempotencyKey {
		if (value == null || !ALLOWED.matcher(value).matches()) {
			throw new IllegalArgumentException("An idempotency key is 1 to " + MAX_LENGTH
					+ " characters: letters, digits and - _ . : / + = @ (a UUID will do)");
		}
	}

	public static IdempotencyKey of(String value) {
		return new IdempotencyKey(value);
	}

	@Override
	public String toString() {
		return value;
	}
}
