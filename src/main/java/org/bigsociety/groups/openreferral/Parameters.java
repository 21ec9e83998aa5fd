package org.bigsociety.groups.openreferral;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bigsociety.groups.directory.DirectoryQuery;
import org.bigsociety.place.Coordinates;
import org.bigsociety.place.Doorstep;
import org.bigsociety.place.Places;
import org.bigsociety.place.Postcode;
import org.bigsociety.platform.Problems.ApiProblem;
import org.springframework.http.HttpStatus;

/**
 * Reads Open Referral's list parameters, refusing a bad one with a 400 problem that names it and says what is
 * expected. Parameters the standard defines but this directory does not use are ignored, as unknown ones are.
 */
final class Parameters {

	static final int DEFAULT_PER_PAGE = 50;
	private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):([0-5][0-9])(?::([0-5][0-9]))?|24:00(?::00)?");
	private static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY, "WE",
			DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY, "SU",
			DayOfWeek.SUNDAY);

	private final Map<String, String> raw;

	Parameters(Map<String, String> raw) {
		this.raw = raw;
	}

	static ApiProblem bad(String parameter, String expected) {
		return new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid parameter", parameter + ": " + expected);
	}

	int page() {
		return integer("page", 1, 100_000, 1, "a page number from 1");
	}

	int perPage() {
		return integer("per_page", 1, DirectoryQuery.MAX_PER_PAGE, DEFAULT_PER_PAGE,
				"a number of results a page from 1 to " + DirectoryQuery.MAX_PER_PAGE);
	}

	/** The directory query the list parameters ask for; {@code withPlace} reads postcode and proximity too. */
	DirectoryQuery query(Places places) {
		String search = text("search");
		if (search != null && search.length() > DirectoryQuery.MAX_WORDS) {
			throw bad("search", "at most " + DirectoryQuery.MAX_WORDS + " characters");
		}
		Integer minimumAge = age("minimum_age");
		Integer maximumAge = age("maximum_age");
		Integer start = time("start_time");
		Integer end = time("end_time");
		Coordinates near = null;
		Long within = null;
		String postcode = text("postcode");
		String proximity = text("proximity");
		if (proximity != null && postcode == null) {
			throw bad("proximity", "give a postcode to measure the proximity from");
		}
		if (postcode != null) {
			near = locate(places, postcode).coordinates();
			within = proximity == null ? DirectoryQuery.MAX_RADIUS_METRES : metres(proximity);
		}
		return new DirectoryQuery(search, uuid("taxonomy_term_id"), uuid("taxonomy_id"), minimumAge, maximumAge, null,
				day(), start, end, null, near, within, null, page(), perPage());
	}

	private static Doorstep locate(Places places, String raw) {
		Postcode postcode;
		try {
			postcode = Postcode.parse(raw);
		}
		catch (IllegalArgumentException ex) {
			throw bad("postcode", "a UK postcode, like E8 1DY");
		}
		Optional<Doorstep> doorstep = places.locate(postcode);
		if (doorstep.isEmpty()) {
			throw bad("postcode", "no postcode " + postcode + " is known here");
		}
		return doorstep.get();
	}

	private static long metres(String raw) {
		try {
			long metres = Math.round(Double.parseDouble(raw));
			if (metres >= 1 && metres <= DirectoryQuery.MAX_RADIUS_METRES) {
				return metres;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw bad("proximity", "a distance in metres from 1 to " + DirectoryQuery.MAX_RADIUS_METRES);
	}

	private DayOfWeek day() {
		String day = text("day");
		if (day == null) {
			return null;
		}
		String upper = day.toUpperCase(Locale.ROOT);
		if (DAYS.containsKey(upper)) {
			return DAYS.get(upper);
		}
		try {
			return DayOfWeek.valueOf(upper);
		}
		catch (IllegalArgumentException ex) {
			throw bad("day", "a day of the week: MO, TU, WE, TH, FR, SA or SU (or its name, like monday)");
		}
	}

	private Integer time(String name) {
		String value = text(name);
		if (value == null) {
			return null;
		}
		Matcher matcher = TIME.matcher(value);
		if (!matcher.matches()) {
			throw bad(name, "a time of day as HH:MM, like 09:30");
		}
		if (matcher.group(1) == null) {
			return 24 * 60;
		}
		return Integer.parseInt(matcher.group(1)) * 60 + Integer.parseInt(matcher.group(2));
	}

	private Integer age(String name) {
		String value = text(name);
		if (value == null) {
			return null;
		}
		try {
			double years = Double.parseDouble(value);
			if (years >= 0 && years <= 130 && years == Math.floor(years)) {
				return (int) years;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw bad(name, "an age in whole years from 0 to 130");
	}

	private UUID uuid(String name) {
		String value = text(name);
		return value == null ? null : id(name, value);
	}

	static UUID id(String name, String value) {
		try {
			if (value.length() == 36) {
				return UUID.fromString(value);
			}
		}
		catch (IllegalArgumentException ex) {
			// refused below
		}
		throw bad(name, "an id in UUID form, like 3f7b145d-84af-42d7-8fae-eaca714b02b2");
	}

	private int integer(String name, int min, int max, int otherwise, String expected) {
		String value = text(name);
		if (value == null) {
			return otherwise;
		}
		try {
			int number = Integer.parseInt(value);
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw bad(name, expected);
	}

	private String text(String name) {
		String value = raw.get(name);
		return value == null || value.isBlank() ? null : value.strip();
	}
}
