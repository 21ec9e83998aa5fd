package org.bigsociety.groups.directory;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.bigsociety.groups.OrganisationId;
import org.bigsociety.groups.organisation.SearchBox;
import org.bigsociety.place.Coordinates;
import org.bigsociety.place.Doorstep;
import org.bigsociety.place.Places;
import org.bigsociety.place.Postcode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of services organisations offer: adding them, and finding them by words (PostgreSQL full text on a GIN
 * index), taxonomy, ages, day and time, and distance (an indexed latitude/longitude box, then the exact distance).
 */
@Service
@Transactional(readOnly = true)
public class ServiceDirectory {

	/** The Open Eligibility taxonomy's id, the name-based UUID of {@code open-eligibility}. */
	public static final UUID OPEN_ELIGIBILITY = nameId("open-eligibility");

	private static final String LISTING_COLUMNS = """
			s.id, s.service_at_location_id, s.location_id, s.name, s.description, s.status, s.minimum_age,
			s.maximum_age, s.modified_at, s.venue, s.postcode, s.latitude, s.longitude, o.id AS organisation_id,
			o.name AS organisation_name, o.slug AS organisation_slug, o.purpose AS organisation_purpose,
			o.email AS organisation_email, o.website AS organisation_website""";

	private final JdbcClient jdbc;
	private final Places places;
	private final Clock clock;

	ServiceDirectory(JdbcClient jdbc, Places places, Clock clock) {
		this.jdbc = jdbc;
		this.places = places;
		this.clock = clock;
	}

	/** A service as listed: what it is, who runs it, where it is and, for a search by distance, how far away. */
	public record Listing(UUID id, UUID serviceAtLocation, UUID location, String name, String description,
			String status, Integer minimumAge, Integer maximumAge, Instant modifiedAt, long organisationId,
			String organisationName, String organisationSlug, String organisationPurpose, String organisationEmail,
			String organisationWebsite, String venue, String postcode, Double latitude, Double longitude,
			Long metres) {

		/** The organisation's Open Referral id: the name-based UUID of {@code organisation:<id>}. */
		public UUID organisationUuid() {
			return organisationUuid(organisationId);
		}

		public static UUID organisationUuid(long organisationId) {
			return nameId("organisation:" + organisationId);
		}
	}

	/** A service in full. */
	public record Entry(Listing listing, String eligibility, boolean free, Integer costPence, String costDescription,
			String email, String phone, String url, String address, String town, List<ScheduledOpening> openings,
			List<Term> terms) {
	}

	public record ScheduledOpening(UUID id, Opening opening) {
	}

	public record Term(UUID id, UUID taxonomy, String code, String name, UUID parent, String taxonomyName) {

		public boolean topLevel() {
			return parent == null;
		}
	}

	public record Taxonomy(UUID id, String name, String description, String uri, String version) {
	}

	/** A page of what was found, and how many there are in all. */
	public record Found<T>(List<T> items, long total, int page, int perPage) {

		public int totalPages() {
			return (int) ((total + perPage - 1) / perPage);
		}

		public boolean last() {
			return page >= totalPages();
		}
	}

	/** The services that match, a page of them, nearest first for a search by distance, best match first for words. */
	public Found<Listing> search(DirectoryQuery query) {
		Map<String, Object> params = new HashMap<>();
		// One pass: the rows in the box (or matching otherwise) get their distance once, the exact radius is applied
		// to it, and a window count gives the total before the page is cut.
		String where = where(query, params, false);
		String distance = query.near() == null ? "NULL::double precision" : SearchBox.distanceSql("s");
		String within = query.near() == null ? "TRUE" : "metres <= :radius";
		String order = query.near() != null ? "metres, lower(name), id"
				: query.words() != null ? "rank DESC, lower(name), id" : "lower(name), id";
		String rank = query.words() != null ? "ts_rank_cd(s.words, websearch_to_tsquery('english', :words))" : "0";
		params.put("limit", query.perPage());
		params.put("offset", query.offset());
		List<Long> totals = new ArrayList<>();
		List<Listing> items = jdbc.sql("""
				SELECT *, count(*) OVER () AS total FROM (
				    SELECT %s, %s AS metres, %s AS rank
				    FROM groups.service s JOIN groups.organisation o ON o.id = s.organisation_id
				    WHERE %s
				) found
				WHERE %s
				ORDER BY %s
				LIMIT :limit OFFSET :offset""".formatted(LISTING_COLUMNS, distance, rank, where, within, order))
			.params(params)
			.query((rs, n) -> {
				totals.add(rs.getLong("total"));
				return listing(rs, n);
			})
			.list();
		if (!items.isEmpty()) {
			return new Found<>(items, totals.get(0), query.page(), query.perPage());
		}
		// Past the last page (or nothing at all): count on its own.
		Map<String, Object> countParams = new HashMap<>();
		long total = query.offset() == 0 ? 0
				: jdbc.sql("SELECT count(*) FROM groups.service s WHERE " + where(query, countParams, true))
					.params(countParams)
					.query(Long.class)
					.single();
		return new Found<>(List.of(), total, query.page(), query.perPage());
	}

	private static String where(DirectoryQuery query, Map<String, Object> params, boolean withDistance) {
		List<String> clauses = new ArrayList<>();
		clauses.add("TRUE");
		if (query.words() != null) {
			clauses.add("s.words @@ websearch_to_tsquery('english', :words)");
			params.put("words", query.words());
		}
		if (query.term() != null) {
			// A broad term finds the services filed under it or under any of its narrower terms.
			clauses.add("""
					EXISTS (SELECT 1 FROM groups.service_term st WHERE st.service_id = s.id AND st.term_id IN
					    (SELECT t.id FROM groups.taxonomy_term t WHERE t.id = :term OR t.parent_id = :term))""");
			params.put("term", query.term());
		}
		if (query.taxonomy() != null) {
			clauses.add("""
					EXISTS (SELECT 1 FROM groups.service_term st JOIN groups.taxonomy_term t ON t.id = st.term_id
					    WHERE st.service_id = s.id AND t.taxonomy_id = :taxonomy)""");
			params.put("taxonomy", query.taxonomy());
		}
		if (query.minimumAge() != null) {
			clauses.add("s.minimum_age >= :minimumAge");
			params.put("minimumAge", query.minimumAge());
		}
		if (query.maximumAge() != null) {
			clauses.add("s.maximum_age <= :maximumAge");
			params.put("maximumAge", query.maximumAge());
		}
		if (query.age() != null) {
			clauses.add("(s.minimum_age IS NULL OR s.minimum_age <= :age) AND (s.maximum_age IS NULL OR s.maximum_age >= :age)");
			params.put("age", query.age());
		}
		List<String> when = new ArrayList<>();
		if (query.day() != null) {
			when.add("w.weekday = :day");
			params.put("day", query.day().getValue());
		}
		if (query.startsFrom() != null) {
			when.add("w.opens_at >= :startsFrom");
			params.put("startsFrom", query.startsFrom());
		}
		if (query.endsBy() != null) {
			when.add("w.closes_at <= :endsBy");
			params.put("endsBy", query.endsBy());
		}
		if (query.openAt() != null) {
			when.add("w.opens_at <= :openAt AND w.closes_at > :openAt");
			params.put("openAt", query.openAt());
		}
		if (!when.isEmpty()) {
			clauses.add("EXISTS (SELECT 1 FROM groups.service_schedule w WHERE w.service_id = s.id AND "
					+ String.join(" AND ", when) + ")");
		}
		if (query.near() != null) {
			SearchBox box = SearchBox.around(query.near(), query.withinMetres());
			clauses.add("s.latitude BETWEEN :south AND :north AND s.longitude BETWEEN :west AND :east");
			if (withDistance) {
				clauses.add(SearchBox.distanceSql("s") + " <= :radius");
			}
			params.put("south", box.south());
			params.put("north", box.north());
			params.put("west", box.west());
			params.put("east", box.east());
			params.put("latitude", query.near().latitude());
			params.put("longitude", query.near().longitude());
			params.put("radius", query.withinMetres() + 0.5);
		}
		if (query.organisation() != null) {
			clauses.add("s.organisation_id = :organisation");
			params.put("organisation", query.organisation());
		}
		return String.join(" AND ", clauses);
	}

	public Optional<Entry> find(UUID id) {
		return entry("s.id = :id", id);
	}

	/** The service offered at this service-at-location id. */
	public Optional<Entry> atLocation(UUID serviceAtLocation) {
		return entry("s.service_at_location_id = :id", serviceAtLocation);
	}

	private Optional<Entry> entry(String condition, UUID id) {
		return jdbc.sql("""
				SELECT %s, NULL::double precision AS metres, s.eligibility, s.free, s.cost_pence, s.cost_description,
				    s.email, s.phone, s.url, s.address, s.town
				FROM groups.service s JOIN groups.organisation o ON o.id = s.organisation_id
				WHERE %s""".formatted(LISTING_COLUMNS, condition))
			.param("id", id)
			.query((rs, n) -> {
				Listing listing = listing(rs, n);
				return new Entry(listing, rs.getString("eligibility"), rs.getBoolean("free"),
						(Integer) rs.getObject("cost_pence"), rs.getString("cost_description"), rs.getString("email"),
						rs.getString("phone"), rs.getString("url"), rs.getString("address"), rs.getString("town"),
						List.of(), List.of());
			})
			.optional()
			.map(e -> new Entry(e.listing(), e.eligibility(), e.free(), e.costPence(), e.costDescription(), e.email(),
					e.phone(), e.url(), e.address(), e.town(), openings(e.listing().id()), termsOf(e.listing().id())));
	}

	private List<ScheduledOpening> openings(UUID service) {
		return jdbc.sql("""
				SELECT id, weekday, opens_at, closes_at FROM groups.service_schedule
				WHERE service_id = :service ORDER BY weekday, opens_at""")
			.param("service", service)
			.query((rs, n) -> new ScheduledOpening(rs.getObject("id", UUID.class),
					new Opening(DayOfWeek.of(rs.getInt("weekday")), rs.getInt("opens_at"), rs.getInt("closes_at"))))
			.list();
	}

	private List<Term> termsOf(UUID service) {
		return jdbc.sql("""
				SELECT t.id, t.taxonomy_id, t.code, t.name, t.parent_id, x.name AS taxonomy_name
				FROM groups.service_term st JOIN groups.taxonomy_term t ON t.id = st.term_id
				JOIN groups.taxonomy x ON x.id = t.taxonomy_id
				WHERE st.service_id = :service ORDER BY t.position""")
			.param("service", service)
			.query(ServiceDirectory::term)
			.list();
	}

	/** Every taxonomy term, in the taxonomy's own order (each broad term before its narrower ones). */
	public List<Term> terms() {
		return jdbc.sql("""
				SELECT t.id, t.taxonomy_id, t.code, t.name, t.parent_id, x.name AS taxonomy_name
				FROM groups.taxonomy_term t JOIN groups.taxonomy x ON x.id = t.taxonomy_id
				ORDER BY x.name, t.position""")
			.query(ServiceDirectory::term)
			.list();
	}

	public Found<Term> terms(int page, int perPage) {
		long total = jdbc.sql("SELECT count(*) FROM groups.taxonomy_term").query(Long.class).single();
		List<Term> items = jdbc.sql("""
				SELECT t.id, t.taxonomy_id, t.code, t.name, t.parent_id, x.name AS taxonomy_name
				FROM groups.taxonomy_term t JOIN groups.taxonomy x ON x.id = t.taxonomy_id
				ORDER BY x.name, t.position LIMIT :limit OFFSET :offset""")
			.param("limit", perPage)
			.param("offset", (long) (page - 1) * perPage)
			.query(ServiceDirectory::term)
			.list();
		return new Found<>(items, total, page, perPage);
	}

	public Optional<Term> term(UUID id) {
		return jdbc.sql("""
				SELECT t.id, t.taxonomy_id, t.code, t.name, t.parent_id, x.name AS taxonomy_name
				FROM groups.taxonomy_term t JOIN groups.taxonomy x ON x.id = t.taxonomy_id WHERE t.id = :id""")
			.param("id", id)
			.query(ServiceDirectory::term)
			.optional();
	}

	/** The term with this code in the Open Eligibility taxonomy, such as {@code food:food_pantry}. */
	public Optional<Term> openEligibility(String code) {
		return term(nameId("open-eligibility:" + code));
	}

	public Found<Taxonomy> taxonomies(int page, int perPage) {
		long total = jdbc.sql("SELECT count(*) FROM groups.taxonomy").query(Long.class).single();
		List<Taxonomy> items = jdbc.sql("""
				SELECT id, name, description, uri, version FROM groups.taxonomy ORDER BY name, id
				LIMIT :limit OFFSET :offset""")
			.param("limit", perPage)
			.param("offset", (long) (page - 1) * perPage)
			.query(ServiceDirectory::taxonomy)
			.list();
		return new Found<>(items, total, page, perPage);
	}

	public Optional<Taxonomy> taxonomy(UUID id) {
		return jdbc.sql("SELECT id, name, description, uri, version FROM groups.taxonomy WHERE id = :id")
			.param("id", id)
			.query(ServiceDirectory::taxonomy)
			.optional();
	}

	/**
	 * Adds a service to the directory, placed at its postcode.
	 *
	 * @throws IllegalArgumentException if the postcode or a taxonomy term is unknown, or the id is taken
	 */
	@Transactional
	public UUID offer(NewService service) {
		Optional<Doorstep> where = service.postcode() == null ? Optional.empty() : places.locate(service.postcode());
		if (service.postcode() != null && where.isEmpty()) {
			throw new IllegalArgumentException("No postcode " + service.postcode() + " is known");
		}
		for (UUID term : service.terms()) {
			if (term(term).isEmpty()) {
				throw new IllegalArgumentException("There is no taxonomy term " + term);
			}
		}
		if (find(service.id()).isPresent()) {
			throw new IllegalArgumentException("There is already a service " + service.id());
		}
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", service.id());
		row.put("organisation", service.organisation().value());
		row.put("name", service.name().strip());
		row.put("description", service.description().strip());
		row.put("eligibility", service.eligibility());
		row.put("minimumAge", service.minimumAge());
		row.put("maximumAge", service.maximumAge());
		row.put("free", service.free());
		row.put("costPence", service.costPence());
		row.put("costDescription", service.costDescription());
		row.put("email", service.email());
		row.put("phone", service.phone());
		row.put("url", service.url());
		row.put("location", nameId("location:" + service.id()));
		row.put("serviceAtLocation", nameId("service-at-location:" + service.id()));
		row.put("venue", service.venue());
		row.put("address", service.address());
		row.put("town", service.town());
		row.put("postcode", service.postcode() == null ? null : service.postcode().value());
		row.put("latitude", where.map(d -> d.coordinates().latitude()).orElse(null));
		row.put("longitude", where.map(d -> d.coordinates().longitude()).orElse(null));
		row.put("now", Timestamp.from(clock.instant()));
		jdbc.sql("""
				INSERT INTO groups.service (id, organisation_id, name, description, eligibility, minimum_age, maximum_age,
				    free, cost_pence, cost_description, email, phone, url, status, location_id, service_at_location_id,
				    venue, address, town, postcode, latitude, longitude, modified_at)
				VALUES (:id, :organisation, :name, :description, :eligibility, :minimumAge, :maximumAge, :free,
				    :costPence, :costDescription, :email, :phone, :url, 'active', :location, :serviceAtLocation, :venue,
				    :address, :town, :postcode, :latitude, :longitude, :now)""")
			.params(row)
			.update();
		int n = 0;
		for (Opening opening : service.openings()) {
			jdbc.sql("""
					INSERT INTO groups.service_schedule (id, service_id, weekday, opens_at, closes_at)
					VALUES (:id, :service, :day, :opens, :closes)""")
				.param("id", nameId("schedule:" + service.id() + ":" + n++))
				.param("service", service.id())
				.param("day", opening.day().getValue())
				.param("opens", opening.opensAt())
				.param("closes", opening.closesAt())
				.update();
		}
		for (UUID term : service.terms()) {
			jdbc.sql("INSERT INTO groups.service_term (service_id, term_id) VALUES (:service, :term) ON CONFLICT DO NOTHING")
				.param("service", service.id())
				.param("term", term)
				.update();
		}
		return service.id();
	}

	/** The outcome of the "add a service" form: the new service's id, or the problems field by field. */
	public record Outcome(UUID id, Map<String, String> problems) {

		public boolean ok() {
			return problems.isEmpty();
		}
	}

	/** Adds the service a group's administrator described, or says what to fix; changes nothing when refused. */
	@Transactional
	public Outcome offer(OrganisationId organisation, ServiceForm form) {
		Map<String, String> problems = new LinkedHashMap<>(form.problems());
		if (problems.isEmpty() && places.locate(Postcode.parse(form.postcode())).isEmpty()) {
			problems.put("postcode", "groups.serviceForm.postcode.unknown");
		}
		if (problems.isEmpty() && form.term() != null && !form.term().isBlank()
				&& term(UUID.fromString(form.term())).isEmpty()) {
			problems.put("term", "groups.serviceForm.term.invalid");
		}
		if (!problems.isEmpty()) {
			return new Outcome(null, Map.copyOf(problems));
		}
		return new Outcome(offer(form.toService(UUID.randomUUID(), organisation)), Map.of());
	}

	/**
	 * Takes a service out of the directory (its opening times and terms with it). False, changing nothing, if the
	 * organisation does not offer a service with this id.
	 */
	@Transactional
	public boolean withdraw(OrganisationId organisation, UUID service) {
		return jdbc.sql("DELETE FROM groups.service WHERE id = :id AND organisation_id = :organisation")
			.param("id", service)
			.param("organisation", organisation.value())
			.update() == 1;
	}

	/** How many services an organisation offers. */
	public long countOfferedBy(long organisation) {
		return jdbc.sql("SELECT count(*) FROM groups.service WHERE organisation_id = :organisation")
			.param("organisation", organisation)
			.query(Long.class)
			.single();
	}

	/** A name-based (version 3) UUID, the same in every installation. */
	public static UUID nameId(String name) {
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
	}

	private static Listing listing(ResultSet rs, int row) throws SQLException {
		Object metres = rs.getObject("metres");
		return new Listing(rs.getObject("id", UUID.class), rs.getObject("service_at_location_id", UUID.class),
				rs.getObject("location_id", UUID.class), rs.getString("name"), rs.getString("description"),
				rs.getString("status"), (Integer) rs.getObject("minimum_age"), (Integer) rs.getObject("maximum_age"),
				rs.getTimestamp("modified_at").toInstant(), rs.getLong("organisation_id"),
				rs.getString("organisation_name"), rs.getString("organisation_slug"),
				rs.getString("organisation_purpose"), rs.getString("organisation_email"),
				rs.getString("organisation_website"), rs.getString("venue"), rs.getString("postcode"),
				(Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"),
				metres == null ? null : Math.round(((Number) metres).doubleValue()));
	}

	private static Term term(ResultSet rs, int row) throws SQLException {
		return new Term(rs.getObject("id", UUID.class), rs.getObject("taxonomy_id", UUID.class), rs.getString("code"),
				rs.getString("name"), rs.getObject("parent_id", UUID.class), rs.getString("taxonomy_name"));
	}

	private static Taxonomy taxonomy(ResultSet rs, int row) throws SQLException {
		return new Taxonomy(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
				rs.getString("uri"), rs.getString("version"));
	}
}
