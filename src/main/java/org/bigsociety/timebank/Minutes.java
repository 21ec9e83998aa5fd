package org.bigsociety.timebank;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

/**
 * A signed whole number of minutes: the unit of the time bank (one hour of help is sixty minutes, whoever gives it).
 * Balances may be negative; amounts moved are positive. Arithmetic is exact: an overflow is an error, never a wrap.
 */
public record Minutes(long value) implements Comparable<Minutes> {

	public static final Minutes ZERO = new Minutes(0);

	/** Far beyond any balance a time bank could hold, so sums of many of them cannot overflow a long. */
	public static final long LARGEST = 1_000_000_000_000L;

	private static final Pattern CLOCK = Pattern.compile("(-?)(\\d{1,9}):([0-5]\\d)");
	private static final Pattern WORDS = Pattern.compile(
			"(-?)\\s*(?:(\\d{1,9})\\s*(?:h|hr|hrs|hour|hours))?\\s*(?:(\\d{1,12})\\s*(?:m|min|mins|minute|minutes))?");

	public Minutes {
		if (value > LARGEST || value < -LARGEST) {
			throw new IllegalArgumentException("A number of minutes must lie between -" + LARGEST + " and " + LARGEST);
		}
	}

	public static Minutes of(long minutes) {
		return new Minutes(minutes);
	}

	public static Minutes ofHours(long hours) {
		return new Minutes(Math.multiplyExact(hours, 60L));
	}

	/**
	 * Reads what a person types: {@code 90}, {@code 1:30}, {@code 1 h 30 min}, {@code 2h}, {@code 45 min}, with an
	 * optional leading minus.
	 *
	 * @throws IllegalArgumentException if the text is none of these
	 */
	public static Minutes parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("Enter a number of minutes, such as 90 or 1 h 30 min");
		}
		String trimmed = text.strip().toLowerCase(Locale.ROOT);
		try {
			if (trimmed.matches("-?\\d{1,13}")) {
				return new Minutes(Long.parseLong(trimmed));
			}
			Matcher clock = CLOCK.matcher(trimmed);
			if (clock.matches()) {
				long total = Long.parseLong(clock.group(2)) * 60 + Long.parseLong(clock.group(3));
				return new Minutes(clock.group(1).isEmpty() ? total : -total);
			}
			Matcher words = WORDS.matcher(trimmed);
			if (words.matches() && (words.group(2) != null || words.group(3) != null)) {
				long hours = words.group(2) == null ? 0 : Long.parseLong(words.group(2));
				long minutes = words.group(3) == null ? 0 : Long.parseLong(words.group(3));
				long total = Math.addExact(Math.multiplyExact(hours, 60L), minutes);
				return new Minutes(words.group(1).isEmpty() ? total : -total);
			}
		}
		catch (ArithmeticException | NumberFormatException ex) {
			// fall through to the one message below
		}
		throw new IllegalArgumentException("'" + text + "' is not a number of minutes, such as 90 or 1 h 30 min");
	}

	public Minutes plus(Minutes other) {
		return new Minutes(Math.addExact(value, other.value));
	}

	public Minutes minus(Minutes other) {
		return new Minutes(Math.subtractExact(value, other.value));
	}

	public Minutes times(long factor) {
		return new Minutes(Math.multiplyExact(value, factor));
	}

	public Minutes negated() {
		return new Minutes(-value);
	}

	public Minutes abs() {
		return value < 0 ? negated() : this;
	}

	public boolean isPositive() {
		return value > 0;
	}

	public boolean isNegative() {
		return value < 0;
	}

	public boolean isZero() {
		return value == 0;
	}

	public boolean isLessThan(Minutes other) {
		return value < other.value;
	}

	public boolean isGreaterThan(Minutes other) {
		return value > other.value;
	}

	/** Whole hours, towards zero: 150 minutes is 2 hours (and 30 minutes). */
	public long hoursPart() {
		return value / 60;
	}

	/** The minutes beyond the whole hours, without sign: 0 to 59. */
	public long minutesPart() {
		return Math.abs(value % 60);
	}

	@Override
	public int compareTo(Minutes other) {
		return Long.compare(value, other.value);
	}

	/** Readable in English and in logs: {@code 2 h 30 min}, {@code -1 h}, {@code 45 min}, {@code 0 min}. */
	@Override
	public String toString() {
		String sign = value < 0 ? "-" : "";
		long hours = Math.abs(hoursPart());
		long minutes = minutesPart();
		if (hours == 0) {
			return sign + minutes + " min";
		}
		return minutes == 0 ? sign + hours + " h" : sign + hours + " h " + minutes + " min";
	}

	/**
	 * Readable in the visitor's language, from the messages {@code timebank.minutes.hours}, {@code .minutes} and
	 * {@code .both} (which take the sign, the hours and the minutes as arguments).
	 */
	public String format(MessageSource messages, Locale locale) {
		String sign = value < 0 ? "-" : "";
		long hours = Math.abs(hoursPart());
		long minutes = minutesPart();
		String key = hours == 0 ? "timebank.minutes.minutes" : minutes == 0 ? "timebank.minutes.hours" : "timebank.minutes.both";
		return messages.getMessage(key, new Object[] { sign, Long.toString(hours), Long.toString(minutes) }, toString(),
				locale);
	}
}
