package org.bigsociety.groups.directory;

import java.time.DayOfWeek;
import java.util.UUID;

import org.bigsociety.place.Coordinates;

/**
 * What to look for in the directory. Every filter is optional (null): words (PostgreSQL full text), a taxonomy term or
 * any term of a taxonomy, ages, a day and times of day, a point with a radius, an organisation. Times are minutes
 * since midnight. {@code startsFrom}/{@code endsBy} are Open Referral's {@code start_time}/{@code end_time} (open
 * from at least, closing by at most); {@code openAt} is a resident's "open at this time". {@code page} counts from 1.
 */
public record DirectoryQuery(String words, UUID term, UUID taxonomy, Integer minimumAge, Integer maximumAge,
		Integer age, DayOfWeek day, Integer startsFrom, Integer endsBy, Integer openAt, Coordinates near,
		Long withinMetres, Long organisation, int page, int perPage) {

	public static final int MAX_PER_PAGE = 100;
	public static final int MAX_WORDS = 200;
	public static final long MAX_RADIUS_METRES = 50_000;

	public DirectoryQuery {
		words = words == null || words.isBlank() ? null : words.strip();
		if (words != null && words.length() > MAX_WORDS) {
			throw new IllegalArgumentException("Search for at most " + MAX_WORDS + " characters");
		}
		checkAge(minimumAge);
		checkAge(maximumAge);
		checkAge(age);
		checkTime(startsFrom);
		checkTime(endsBy);
		checkTime(openAt);
		if ((near == null) != (withinMetres == null)) {
			throw new IllegalArgumentException("A distance needs a place to measure from");
		}
		if (withinMetres != null && (withinMetres < 1 || withinMetres > MAX_RADIUS_METRES)) {
			throw new IllegalArgumentException("The distance must be between 1 and " + MAX_RADIUS_METRES + " metres");
		}
		if (page < 1 || page > 100_000) {
			throw new IllegalArgumentException("The page must be a number from 1");
		}
		if (perPage < 1 || perPage > MAX_PER_PAGE) {
			throw new IllegalArgumentException("Ask for between 1 and " + MAX_PER_PAGE + " results a page");
		}
	}

	/** Everything, a page at a time. */
	public static DirectoryQuery all(int page, int perPage) {
		return new DirectoryQuery(null, null, null, null, null, null, null, null, null, null, null, null, null, page,
				perPage);
	}

	/** Services within the radius of a point, nearest first. */
	public static DirectoryQuery near(Coordinates centre, long metres, int perPage) {
		return new DirectoryQuery(null, null, null, null, null, null, null, null, null, null, centre, metres, null, 1,
				perPage);
	}

	/** The services an organisation offers. */
	public static DirectoryQuery offeredBy(long organisation) {
		return new DirectoryQuery(null, null, null, null, null, null, null, null, null, null, null, null, organisation,
				1, MAX_PER_PAGE);
	}

	public int offset() {
		return (page - 1) * perPage;
	}

	private static void checkAge(Integer age) {
		if (age != null && (age < 0 || age > 130)) {
			throw new IllegalArgumentException("An age must be between 0 and 130");
		}
	}

	private static void checkTime(Integer minutes) {
		if (minutes != null && (minutes < 0 || minutes > 24 * 60)) {
			throw new IllegalArgumentException("A time must be within the day, from 00:00 to 24:00");
		}
	}
}
