package org.bigsociety.groups.openreferral;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bigsociety.groups.directory.DirectoryQuery;
import org.bigsociety.groups.directory.Opening;
import org.bigsociety.groups.directory.ServiceDirectory;
import org.bigsociety.groups.directory.ServiceDirectory.Entry;
import org.bigsociety.groups.directory.ServiceDirectory.Found;
import org.bigsociety.groups.directory.ServiceDirectory.Listing;
import org.bigsociety.groups.directory.ServiceDirectory.ScheduledOpening;
import org.bigsociety.groups.directory.ServiceDirectory.Term;
import org.bigsociety.groups.openreferral.OpenReferral.Address;
import org.bigsociety.groups.openreferral.OpenReferral.Api;
import org.bigsociety.groups.openreferral.OpenReferral.Attribute;
import org.bigsociety.groups.openreferral.OpenReferral.CostOption;
import org.bigsociety.groups.openreferral.OpenReferral.Location;
import org.bigsociety.groups.openreferral.OpenReferral.Organization;
import org.bigsociety.groups.openreferral.OpenReferral.Page;
import org.bigsociety.groups.openreferral.OpenReferral.Schedule;
import org.bigsociety.groups.openreferral.OpenReferral.Service;
import org.bigsociety.groups.openreferral.OpenReferral.ServiceAtLocation;
import org.bigsociety.groups.openreferral.OpenReferral.ServiceItem;
import org.bigsociety.groups.openreferral.OpenReferral.Taxonomy;
import org.bigsociety.groups.openreferral.OpenReferral.TaxonomyTerm;
import org.bigsociety.place.Places;
import org.bigsociety.platform.Problems.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The directory published as Open Referral UK (the UK profile of HSDS 3.0): public, read-only, paged with the
 * standard's wrapper. Each service is offered at one place, so a service's service-at-location and location have ids
 * of their own that never change. As the UK profile's OpenAPI says, {@code /service_at_locations/{id}} answers with
 * the fully nested service offered there.
 */
@RestController
@RequestMapping("/openreferral")
@Tag(name = "Open Referral UK", description = "The directory of local services as Open Referral UK (HSDS 3.0 UK)")
class OpenReferralController {

	static final String VERSION = "HSDS-UK-3.0";
	static final String PROFILE = "https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md";
	static final String OPENAPI = "https://raw.githubusercontent.com/OpenReferralUK/uk-profile/main/schema/openapi.json";

	private final ServiceDirectory directory;
	private final Places places;

	OpenReferralController(ServiceDirectory directory, Places places) {
		this.directory = directory;
		this.places = places;
	}

	@GetMapping({ "", "/" })
	@Operation(summary = "Which version and profile of Open Referral this API follows")
	Api api() {
		return new Api(VERSION, PROFILE, OPENAPI);
	}

	@GetMapping("/services")
	@Operation(summary = "Services, a page at a time: search, taxonomy_term_id, taxonomy_id, minimum_age, "
			+ "maximum_age, day, start_time, end_time, postcode and proximity (metres)")
	Page<ServiceItem> services(@RequestParam Map<String, String> parameters) {
		DirectoryQuery query = new Parameters(parameters).query(places);
		Found<Listing> found = directory.search(query);
		return Page.of(found.items().stream().map(OpenReferralController::item).toList(), found.total(),
				query.page(), query.perPage());
	}

	@GetMapping("/services/{id}")
	@Operation(summary = "A fully nested service")
	Service service(@PathVariable String id) {
		return directory.find(Parameters.id("id", id)).map(OpenReferralController::service)
			.orElseThrow(() -> notFound("service", id));
	}

	@GetMapping("/service_at_locations")
	@Operation(summary = "Services at their locations, a page at a time; with postcode (and proximity in metres), "
			+ "nearest first")
	Page<ServiceAtLocation> serviceAtLocations(@RequestParam Map<String, String> parameters) {
		DirectoryQuery query = new Parameters(parameters).query(places);
		Found<Listing> found = directory.search(query);
		return Page.of(found.items().stream().map(OpenReferralController::atLocation).toList(), found.total(),
				query.page(), query.perPage());
	}

	@GetMapping("/service_at_locations/{id}")
	@Operation(summary = "The fully nested service offered at this service-at-location")
	Service serviceAtLocation(@PathVariable String id) {
		return directory.atLocation(Parameters.id("id", id)).map(OpenReferralController::service)
			.orElseThrow(() -> notFound("service at location", id));
	}

	@GetMapping("/taxonomies")
	@Operation(summary = "Taxonomies, a page at a time")
	Page<Taxonomy> taxonomies(@RequestParam Map<String, String> parameters) {
		Parameters read = new Parameters(parameters);
		Found<ServiceDirectory.Taxonomy> found = directory.taxonomies(read.page(), read.perPage());
		return Page.of(found.items().stream().map(OpenReferralController::taxonomy).toList(), found.total(),
				found.page(), found.perPage());
	}

	@GetMapping("/taxonomies/{id}")
	@Operation(summary = "A taxonomy")
	Taxonomy taxonomy(@PathVariable String id) {
		return directory.taxonomy(Parameters.id("id", id)).map(OpenReferralController::taxonomy)
			.orElseThrow(() -> notFound("taxonomy", id));
	}

	@GetMapping("/taxonomy_terms")
	@Operation(summary = "Taxonomy terms, a page at a time")
	Page<TaxonomyTerm> taxonomyTerms(@RequestParam Map<String, String> parameters) {
		Parameters read = new Parameters(parameters);
		Found<Term> found = directory.terms(read.page(), read.perPage());
		return Page.of(found.items().stream().map(OpenReferralController::term).toList(), found.total(),
				found.page(), found.perPage());
	}

	@GetMapping("/taxonomy_terms/{id}")
	@Operation(summary = "A taxonomy term")
	TaxonomyTerm taxonomyTerm(@PathVariable String id) {
		return directory.term(Parameters.id("id", id)).map(OpenReferralController::term)
			.orElseThrow(() -> notFound("taxonomy term", id));
	}

	private static ApiProblem notFound(String what, String id) {
		return new ApiProblem(HttpStatus.NOT_FOUND, "Not found", "There is no " + what + " with id " + id);
	}

	private static Organization organization(Listing s) {
		return new Organization(s.organisationUuid(), s.organisationName(), s.organisationPurpose(),
				email(s.organisationEmail()), uri(s.organisationWebsite()), null);
	}

	static ServiceItem item(Listing s) {
		return new ServiceItem(s.id(), s.organisationUuid(), s.name(), s.description(), null, null, s.status(),
				s.minimumAge(), s.maximumAge(), s.modifiedAt().toString(), organization(s));
	}

	static ServiceAtLocation atLocation(Listing s) {
		return new ServiceAtLocation(s.serviceAtLocation(), s.id(), s.location(), location(s, null), item(s));
	}

	private static Location location(Listing s, Address address) {
		return new Location(s.location(), "physical", s.venue() == null ? s.organisationName() : s.venue(),
				s.latitude(), s.longitude(), address == null ? null : List.of(address));
	}

	static Service service(Entry e) {
		Listing s = e.listing();
		Address address = s.postcode() == null ? null
				: new Address(ServiceDirectory.nameId("address:" + s.id()),
						e.address() != null ? e.address() : s.venue() != null ? s.venue() : s.organisationName(),
						e.town() == null ? "London" : e.town(), "England", s.postcode(), "GB", "physical");
		List<Schedule> schedules = new ArrayList<>();
		for (ScheduledOpening o : e.openings()) {
			Opening opening = o.opening();
			schedules.add(new Schedule(o.id(), s.id(), "WEEKLY", 1, opening.byDay(), Opening.clock(opening.opensAt()),
					Opening.clock(opening.closesAt()), null));
		}
		List<CostOption> costs = List.of(e.free()
				? new CostOption(ServiceDirectory.nameId("cost:" + s.id()), s.id(), "Free", 0.0, "Free")
				: new CostOption(ServiceDirectory.nameId("cost:" + s.id()), s.id(), e.costDescription(),
						e.costPence() == null ? null : e.costPence() / 100.0, e.costDescription()));
		List<Attribute> attributes = e.terms().stream()
			.map(t -> new Attribute(ServiceDirectory.nameId("attribute:" + s.id() + ":" + t.id()), s.id(), t.id(),
					"service", term(t)))
			.toList();
		ServiceAtLocation here = new ServiceAtLocation(s.serviceAtLocation(), s.id(), s.location(),
				location(s, address), null);
		return new Service(s.id(), s.organisationUuid(), s.name(), s.description(), uri(e.url()), email(e.email()),
				s.status(), s.minimumAge(), s.maximumAge(), s.modifiedAt().toString(), organization(s), schedules,
				List.of(here), costs, attributes);
	}

	static TaxonomyTerm term(Term t) {
		return new TaxonomyTerm(t.id(), t.name(), t.taxonomyName() + ": " + t.name(), t.parent(), t.taxonomyName(),
				t.taxonomy(), t.code());
	}

	static Taxonomy taxonomy(ServiceDirectory.Taxonomy t) {
		return new Taxonomy(t.id(), t.name(), t.description(), uri(t.uri()), t.version());
	}

	/** Only an absolute web address is a URI the standard accepts; anything else is left out. */
	private static String uri(String value) {
		if (value == null) {
			return null;
		}
		try {
			var parsed = UriComponentsBuilder.fromUriString(value).build();
			return ("https".equals(parsed.getScheme()) || "http".equals(parsed.getScheme())) && parsed.getHost() != null
					? value : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String email(String value) {
		return value != null && value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") ? value : null;
	}
}
