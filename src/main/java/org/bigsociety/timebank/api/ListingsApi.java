package org.bigsociety.timebank.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.bigsociety.platform.Problems.ApiProblem;
import org.bigsociety.timebank.listings.ListingQuery;
import org.bigsociety.timebank.listings.Listings;
import org.bigsociety.timebank.membership.Members;
import org.bigsociety.timebank.membership.Memberships;
import org.bigsociety.timebank.membership.TimeBank;
import org.bigsociety.timebank.membership.TimeBankDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A time bank's open offers and requests as JSON, searched like the page: words, category, distance. */
@RestController
class ListingsApi {

	static final int LIMIT = 100;

	private final TimeBankDirectory directory;
	private final Listings listings;
	private final Members members;
	private final Memberships memberships;
	private final MessageSource messages;
	private final String baseUrl;

	ListingsApi(TimeBankDirectory directory, Listings listings, Members members, Memberships memberships,
			MessageSource messages, @Value("${bigsociety.base-url}") String baseUrl) {
		this.directory = directory;
		this.listings = listings;
		this.members = members;
		this.memberships = memberships;
		this.messages = messages;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	record Answer(TimeBankRef timeBank, int count, List<ListingJson> listings) {
	}

	record TimeBankRef(long id, String slug, String name) {
	}

	/**
	 * @param outwardCode only the first part of the postcode: listings never reveal an address
	 * @param distanceMetres from {@code near}, when the search had one
	 */
	record ListingJson(long id, String kind, String category, String title, String description, List<String> tags,
			String availability, String outwardCode, Long areaId, Instant postedAt, String member,
			Long distanceMetres, String url) {
	}

	@Operation(summary = "Search a time bank's open offers and requests",
			description = "Words use PostgreSQL full text (English stemming); near is a postcode and within a distance "
					+ "in miles (1, 2, 5 or 10). Bad parameters answer 400 problem+json naming each one.")
	@GetMapping("/api/v1/timebanks/{id}/listings")
	Answer listings(@Parameter(description = "the time bank's id or slug") @PathVariable String id,
			@RequestParam(required = false) String q, @RequestParam(required = false) String category,
			@RequestParam(required = false) String near, @RequestParam(required = false) String within,
			@RequestParam(required = false) String kind) {
		TimeBank bank = directory.byReference(id)
			.orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "Not found", "There is no time bank " + id + "."));
		ListingQuery.Checked checked = listings.query(new ListingQuery.Form(q, category, near, within, kind), LIMIT);
		if (!checked.problems().isEmpty()) {
			String detail = checked.problems().entrySet().stream()
				.map(problem -> problem.getKey() + ": " + messages.getMessage(problem.getValue(), null, Locale.UK))
				.collect(Collectors.joining("; "));
			throw new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid search", detail);
		}
		List<ListingJson> found = listings.search(bank.id(), checked.query()).stream().map(result -> {
			var listing = result.listing();
			String member = members.find(listing.memberId()).map(memberships::name).orElse("");
			return new ListingJson(listing.id(), listing.kind().name(), listing.category(), listing.title(),
					listing.description(), listing.tags(), listing.availability(), listing.outward(),
					listing.area() == null ? null : listing.area().value(), listing.createdAt(), member,
					result.metres(), baseUrl + "/timebanks/" + bank.slug() + "/listings/" + listing.id());
		}).toList();
		return new Answer(new TimeBankRef(bank.id().value(), bank.slug(), bank.name()), found.size(), found);
	}
}
