package org.bigsociety.action.events;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as GOV.UK writes them, in London: "Saturday 5 December 2026, 10am to 1:30pm". */
public final class When {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);
	private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

	private When() {
	}

	public static String between(Instant start, Instant end) {
		ZonedDateTime from = start.atZone(Typed.LONDON);
		ZonedDateTime to = end.atZone(Typed.LONDON);
		if (from.toLocalDate().equals(to.toLocalDate())) {
			return DAY.format(from) + ", " + time(from.toLocalTime()) + " to " + time(to.toLocalTime());
		}
		return DAY.format(from) + ", " + time(from.toLocalTime()) + " to " + DAY.format(to) + ", "
				+ time(to.toLocalTime());
	}

	public static String day(Instant instant) {
		return DAY.format(instant.atZone(Typed.LONDON));
	}

	public static String date(java.time.LocalDate date) {
		return SHORT_DAY.format(date);
	}

	public static String longDate(java.time.LocalDate date) {
		return DAY.format(date);
	}

	/** A length of time in words: "45 minutes", "1 hour", "2 hours 30 minutes". */
	public static String duration(long minutes) {
		long hours = minutes / 60;
		long rest = minutes % 60;
		String h = hours == 0 ? "" : hours + (hours == 1 ? " hour" : " hours");
		String m = rest == 0 ? "" : rest + (rest == 1 ? " minute" : " minutes");
		if (h.isEmpty() && m.isEmpty()) {
			return "0 minutes";
		}
		return (h + " " + m).strip();
	}

	public static String time(LocalTime time) {
		if (time.equals(LocalTime.NOON)) {
			return "midday";
		}
		if (time.equals(LocalTime.MIDNIGHT)) {
			return "midnight";
		}
		int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
		String minutes = time.getMinute() == 0 ? "" : String.format(":%02d", time.getMinute());
		return hour + minutes + (time.getHour() < 12 ? "am" : "pm");
	}
}
