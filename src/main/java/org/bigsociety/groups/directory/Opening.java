package org.bigsociety.groups.directory;

import java.time.DayOfWeek;

/** A weekly opening time: the day, and from and to, in minutes since midnight (the closing minute excluded). */
public record Opening(DayOfWeek day, int opensAt, int closesAt) {

	public Opening {
		if (day == null) {
			throw new IllegalArgumentException("An opening time needs a day");
		}
		if (opensAt < 0 || opensAt >= closesAt || closesAt > 24 * 60) {
			throw new IllegalArgumentException("An opening time must open before it closes, within the day");
		}
	}

	/** {@code 09:30}: how Open Referral writes a time of day. */
	public static String clock(int minutes) {
		return "%02d:%02d".formatted(minutes / 60, minutes % 60);
	}

	/** The Open Referral (iCalendar) day code: MO, TU, WE, TH, FR, SA, SU. */
	public String byDay() {
		return byDay(day);
	}

	public static String byDay(DayOfWeek day) {
		return day.name().substring(0, 2);
	}
}
