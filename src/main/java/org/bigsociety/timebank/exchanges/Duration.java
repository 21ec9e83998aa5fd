package org.bigsociety.timebank.exchanges;

import org.bigsociety.timebank.Minutes;

/** Hours and minutes as a person enters them in two boxes, read into {@link Minutes}. */
public final class Duration {

	private Duration() {
	}

	/**
	 * Reads the two boxes; both empty is none (null) when {@code optional}. Throws {@link IllegalArgumentException}
	 * with a message key for anything else that is not a time from 1 minute to 24 hours.
	 */
	public static Minutes read(String hours, String minutes, boolean optional) {
		String h = hours == null ? "" : hours.strip();
		String m = minutes == null ? "" : minutes.strip();
		if (h.isEmpty() && m.isEmpty()) {
			if (optional) {
				return null;
			}
			throw new IllegalArgumentException("timebank.exchange.minutes.missing");
		}
		long total;
		try {
			long wholeHours = h.isEmpty() ? 0 : Long.parseLong(h);
			long extra = m.isEmpty() ? 0 : Long.parseLong(m);
			if (wholeHours < 0 || extra < 0 || extra > 59 || wholeHours > 24) {
				throw new IllegalArgumentException("timebank.exchange.minutes.invalid");
			}
			total = wholeHours * 60 + extra;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("timebank.exchange.minutes.invalid");
		}
		if (total == 0) {
			throw new IllegalArgumentException("timebank.exchange.minutes.missing");
		}
		if (total > Exchange.MOST.value()) {
			throw new IllegalArgumentException("timebank.exchange.minutes.tooMany");
		}
		return Minutes.of(total);
	}
}
