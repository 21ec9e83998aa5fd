package org.bigsociety.participation.budgets.web;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalLong;

/** Pence shown as pounds, and pounds as people type them read as pence. */
final class Money {

	private Money() {
	}

	/** {@code £1,250} for whole pounds, {@code £1,250.50} otherwise. */
	static String pounds(long pence) {
		if (pence % 100 == 0) {
			return String.format(Locale.UK, "£%,d", pence / 100);
		}
		return String.format(Locale.UK, "£%,d.%02d", pence / 100, Math.abs(pence % 100));
	}

	/** Pounds as typed ({@code 1250}, {@code £1,250.50}) in pence; empty if it is not an amount of money. */
	static OptionalLong pence(String typed) {
		if (typed == null) {
			return OptionalLong.empty();
		}
		String cleaned = typed.trim().replace("£", "").replace(",", "").replace(" ", "");
		if (!cleaned.matches("[0-9]{1,12}(\\.[0-9]{1,2})?")) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(new BigDecimal(cleaned).movePointRight(2).longValueExact());
	}

	/** Pence as an officer would type them back into a form: {@code 1250} or {@code 1250.50}. */
	static String typed(long pence) {
		return pence % 100 == 0 ? Long.toString(pence / 100) : String.format(Locale.UK, "%d.%02d", pence / 100, pence % 100);
	}
}
