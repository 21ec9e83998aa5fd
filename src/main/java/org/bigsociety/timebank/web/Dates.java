package org.bigsociety.timebank.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as people in the UK read them: 3 March 2026, 2:30pm. */
final class Dates {

	static final ZoneId LONDON = ZoneId.of("Europe/London");
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mma", Locale.UK);

	private Dates() {
	}

	static String day(Instant instant) {
		return instant == null ? "" : DAY.format(instant.atZone(LONDON));
	}

	static String day(LocalDate date) {
		return date == null ? "" : DAY.format(date);
	}

	static String dayAndTime(Instant instant) {
		return instant == null ? "" : DAY_TIME.format(instant.atZone(LONDON)).replace("AM", "am").replace("PM", "pm");
	}

	/** Minutes as hours and minutes: 90 becomes "1 hour 30 minutes"-style text through the bundle's keys. */
	static String hours(long minutes) {
		long abs = Math.abs(minutes);
		long h = abs / 60;
		long m = abs % 60;
		String sign = minutes < 0 ? "-" : "";
		if (m == 0) {
			return sign + h + (h == 1 ? " hour" : " hours");
		}
		if (h == 0) {
			return sign + m + " min";
		}
		return sign + h + (h == 1 ? " hour " : " hours ") + m + " min";
	}
}
