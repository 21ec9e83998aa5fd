package org.bigsociety.participation.petitions.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.bigsociety.participation.PetitionId;
import org.bigsociety.participation.petitions.Moderation;
import org.bigsociety.participation.petitions.Petitions;
import org.bigsociety.participation.petitions.Responses;
import org.bigsociety.participation.petitions.Standing;
import org.bigsociety.people.People;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** {@code /petitions}: the lists, and each petition's public page. */
@Controller
class PetitionPages {

	/** A list's tab: its address value and message key. */
	record Tab(String value, String key, boolean current, String link) {
	}

	record Row(long id, String title, String area, String status, String statusColour, long signatures, String dueBy,
			boolean overdue, boolean responded) {
	}

	private final Petitions petitions;
	private final Moderation moderation;
	private final Responses responses;
	private final People people;

	PetitionPages(Petitions petitions, Moderation moderation, Responses responses, People people) {
		this.petitions = petitions;
		this.moderation = moderation;
		this.responses = responses;
		this.people = people;
	}

	@GetMapping("/petitions")
	String list(@RequestParam(name = "show", required = false) String show,
			@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "page", required = false, defaultValue = "1") String page, Model model) {
		Petitions.Listing listing = listing(show);
		String words = query == null ? "" : query.strip();
		if (words.length() > 200) {
			words = words.substring(0, 200);
		}
		int number = parsePage(page);
		Petitions.Page found = petitions.list(listing, words, number);
		List<Row> rows = found.petitions().stream().map(PetitionPages::row).toList();
		String current = listing.name().toLowerCase(Locale.ROOT).replace('_', '-');
		List<Tab> tabs = java.util.Arrays.stream(Petitions.Listing.values()).map(each -> {
			String value = each.name().toLowerCase(Locale.ROOT).replace('_', '-');
			return new Tab(value, "petitions.list.show." + value, each == listing, link(value, "", 1));
		}).toList();
		model.addAttribute("tabs", tabs);
		model.addAttribute("show", current);
		model.addAttribute("showKey", "petitions.list.show." + current);
		model.addAttribute("q", words);
		model.addAttribute("rows", rows);
		model.addAttribute("page", found.number());
		model.addAttribute("previous", found.number() > 1 ? link(current, words, found.number() - 1) : null);
		model.addAttribute("next", found.hasNext() ? link(current, words, found.number() + 1) : null);
		return "participation/petitions/list";
	}

	private static int parsePage(String page) {
		try {
			return Math.max(1, Math.min(100_000, Integer.parseInt(page)));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	private static Petitions.Listing listing(String show) {
		if (show == null) {
			return Petitions.Listing.OPEN;
		}
		try {
			return Petitions.Listing.valueOf(show.toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			return Petitions.Listing.OPEN;
		}
	}

	private static String link(String show, String query, int page) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/petitions").queryParam("show", show);
		if (!query.isEmpty()) {
			link.queryParam("q", query);
		}
		if (page > 1) {
			link.queryParam("page", page);
		}
		return link.encode().build().toUriString();
	}

	static Row row(Petitions.Listed listed) {
		return new Row(listed.petition().id().value(), listed.textShown() ? listed.petition().title() : null,
				listed.areaName(),
				listed.status().name(), PetitionView.colour(listed.status()), listed.signatures(),
				listed.responseDueBy() == null ? null
						: org.bigsociety.participation.petitions.PetitionDates.DAY.format(listed.responseDueBy()),
				listed.overdue(), listed.petition().response() != null);
	}

	/**
	 * A petition's public page. Its petition and counts come from the short-lived cache (see {@code Petitions}); seen by
	 * someone signed out, the page is the same for everyone, so it says so: {@code Cache-Control: public} for as long as
	 * the counts are cached, varying by cookie, so a shared cache in front of the platform (a CDN, a reverse proxy) can
	 * answer a hot petition's visitors for those seconds without asking. Signed in, the page carries the person's own
	 * links and the platform's default {@code no-store} stays.
	 */
	@GetMapping("/petitions/{id}")
	String petition(@PathVariable long id, Model model, HttpServletResponse response) {
		Standing standing = PetitionsWeb.publicStanding(petitions, id);
		model.addAttribute("petition", PetitionView.of(standing, petitions.responseWorkingDays()));
		var person = people.currentPerson();
		if (person.isEmpty()) {
			response.setHeader(HttpHeaders.CACHE_CONTROL,
					CacheControl.maxAge(Duration.ofSeconds(standing.cacheSeconds())).cachePublic().getHeaderValue());
			response.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
		}
		model.addAttribute("canModerate", person.isPresent() && standing.petition().published()
				&& moderation.moderates(person.get(), standing.petition()));
		model.addAttribute("canRespond", person.isPresent() && standing.status() != Standing.Status.REJECTED
				&& standing.petition().response() == null && responses.answersFor(person.get(), standing.petition()));
		return "participation/petitions/petition";
	}

	static PetitionId id(long id) {
		if (id <= 0) {
			throw new PetitionsWeb.NoSuchPetition();
		}
		return new PetitionId(id);
	}
}
