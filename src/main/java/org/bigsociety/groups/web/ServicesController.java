package org.bigsociety.groups.web;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bigsociety.groups.directory.DirectoryQuery;
import org.bigsociety.groups.directory.Opening;
import org.bigsociety.groups.directory.ServiceDirectory;
import org.bigsociety.groups.directory.ServiceDirectory.Entry;
import org.bigsociety.groups.directory.ServiceDirectory.Found;
import org.bigsociety.groups.directory.ServiceDirectory.Listing;
import org.bigsociety.groups.directory.ServiceDirectory.Term;
import org.bigsociety.place.Coordinates;
import org.bigsociety.place.Doorstep;
import org.bigsociety.place.Places;
import org.bigsociety.place.Postcode;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /services}: the directory of local services, searched by need or words, type of service, distance from a
 * postcode, day and time, and age; {@code /services/{id}}: one service in full. A search a person got wrong shows
 * what to fix and finds nothing until it is fixed.
 */
@Controller
class ServicesController {

	static final int PAGE_SIZE = 20;
	static final List<Long> DISTANCES = List.of(500L, 1000L, 2000L, 5000L, 10000L);
	private static final Pattern TIME = Pattern.compile("([01]?[0-9]|2[0-3])[:.]([0-5][0-9])");

	private final ServiceDirectory directory;
	private final Places places;

	ServicesController(ServiceDirectory directory, Places places) {
		this.directory = directory;
		this.places = places;
	}

	/** What the person asked for, as typed. */
	record Search(String q, String term, String postcode, String distance, String day, String time, String age,
			Integer page) {

		boolean asked() {
			return present(q) || present(term) || present(postcode) || present(day) || present(time) || present(age);
		}

		private static boolean present(String value) {
			return value != null && !value.isBlank();
		}
	}

	/** The search page's view model; {@code found} is null when the search has errors. */
	record ServicesPage(Search search, Map<String, String> errors, Found<Listing> found, List<Term> terms,
			Map<String, String> days, List<Long> distances, long distance) {
	}

	@GetMapping("/services")
	String search(Search search, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		UUID term = null;
		if (Search.present(search.term())) {
			try {
				term = UUID.fromString(search.term());
			}
			catch (IllegalArgumentException ex) {
				errors.put("term", "groups.services.error.term");
			}
		}
		Coordinates near = null;
		long distance = 2000;
		if (Search.present(search.distance())) {
			try {
				distance = Long.parseLong(search.distance());
			}
			catch (NumberFormatException ex) {
				distance = -1;
			}
			if (!DISTANCES.contains(distance)) {
				errors.put("distance", "groups.services.error.distance");
				distance = 2000;
			}
		}
		if (Search.present(search.postcode())) {
			near = locate(search.postcode(), errors);
		}
		DayOfWeek day = null;
		if (Search.present(search.day())) {
			try {
				day = DayOfWeek.valueOf(search.day());
			}
			catch (IllegalArgumentException ex) {
				errors.put("day", "groups.services.error.day");
			}
		}
		Integer time = null;
		if (Search.present(search.time())) {
			Matcher matcher = TIME.matcher(search.time().strip());
			if (matcher.matches()) {
				time = Integer.parseInt(matcher.group(1)) * 60 + Integer.parseInt(matcher.group(2));
			}
			else {
				errors.put("time", "groups.services.error.time");
			}
		}
		Integer age = null;
		if (Search.present(search.age())) {
			try {
				age = Integer.parseInt(search.age().strip());
			}
			catch (NumberFormatException ex) {
				age = -1;
			}
			if (age < 0 || age > 130) {
				errors.put("age", "groups.services.error.age");
			}
		}
		String words = search.q() == null ? null : search.q().strip();
		if (words != null && words.length() > DirectoryQuery.MAX_WORDS) {
			errors.put("q", "groups.services.error.words");
		}
		int page = search.page() == null ? 1 : Math.max(1, Math.min(search.page(), 10_000));
		Found<Listing> found = null;
		if (errors.isEmpty()) {
			found = directory.search(new DirectoryQuery(words, term, null, null, null, age, day, null, null, time, near,
					near == null ? null : distance, null, page, PAGE_SIZE));
		}
		model.addAttribute("page", new ServicesPage(search, errors, found, directory.terms(), days(), DISTANCES,
				distance));
		return "groups/services";
	}

	private Coordinates locate(String typed, Map<String, String> errors) {
		Postcode postcode;
		try {
			postcode = Postcode.parse(typed);
		}
		catch (IllegalArgumentException ex) {
			errors.put("postcode", "groups.services.error.postcode");
			return null;
		}
		Optional<Doorstep> doorstep = places.locate(postcode);
		if (doorstep.isEmpty()) {
			errors.put("postcode", "groups.services.error.postcodeUnknown");
			return null;
		}
		return doorstep.get().coordinates();
	}

	static Map<String, String> days() {
		Map<String, String> days = new LinkedHashMap<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			days.put(day.name(), "groups.day." + day.name());
		}
		return days;
	}

	/** One service's page. */
	record ServicePage(Entry service, List<OpeningLine> openings) {
	}

	record OpeningLine(String dayKey, String opens, String closes) {
	}

	@GetMapping("/services/{id}")
	String service(@PathVariable String id, Model model) {
		UUID uuid;
		try {
			uuid = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Entry service = directory.find(uuid).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<OpeningLine> openings = service.openings().stream()
			.map(o -> new OpeningLine("groups.day." + o.opening().day().name(), Opening.clock(o.opening().opensAt()),
					Opening.clock(o.opening().closesAt())))
			.toList();
		model.addAttribute("page", new ServicePage(service, openings));
		return "groups/service";
	}
}
