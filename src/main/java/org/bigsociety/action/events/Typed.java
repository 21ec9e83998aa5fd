package org.bigsociety.action.events;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Reading what people type into the action module's forms: dates as a date input sends them ({@code 2026-12-05}) or
 * as people write them ({@code 5/12/2026}), times as {@code 14:30} or {@code 14.30}, and whole numbers. Each answers
 * empty for anything it cannot read, so the form can say so against the field.
 */
public final class Typed {

	/** Where the platform's people are: what times they type mean, and how times are shown to them. */
	public static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-M-d")
		.withResolverStyle(ResolverStyle.STRICT);
	private static final DateTimeFormatter BRITISH = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm")
		.withResolverStyle(ResolverStyle.STRICT);

	private Typed() {
	}

	public static String trimmed(String value) {
		return value == null ? "" : value.strip();
	}

	public static Optional<LocalDate> date(String text) {
		String value = trimmed(text);
		for (DateTimeFormatter format : new DateTimeFormatter[] { ISO, BRITISH }) {
			try {
				LocalDate date = LocalDate.parse(value, format);
				return date.getYear() >= 1900 && date.getYear() <= 9999 ? Optional.of(date) : Optional.empty();
			}
			catch (DateTimeParseException ex) {
				// try the next way of writing it
			}
		}
		return Optional.empty();
	}

	public static Optional<LocalTime> time(String text) {
		String value = trimmed(text).replace('.', ':');
		try {
			return Optional.of(LocalTime.parse(value, TIME));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/** A whole number from {@code min} to {@code max}, allowing spaces and thousands commas. */
	public static Optional<Integer> number(String text, int min, int max) {
		String value = trimmed(text).replace(",", "").replace(" ", "");
		if (!value.matches("\\d{1,9}")) {
			return Optional.empty();
		}
		int number = Integer.parseInt(value);
		return number < min || number > max ? Optional.empty() : Optional.of(number);
	}

	/** An id chosen from a list: a positive number, or empty for "none" and anything else. */
	public static Optional<Long> id(String text) {
		String value = trimmed(text);
		if (!value.matches("\\d{1,18}")) {
			return Optional.empty();
		}
		long id = Long.parseLong(value);
		return id > 0 ? Optional.of(id) : Optional.empty();
	}
}
