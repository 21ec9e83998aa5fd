package org.bigsociety.timebank.listings;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bigsociety.people.PersonId;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.Coordinates;
import org.bigsociety.place.Doorstep;
import org.bigsociety.place.Places;
import org.bigsociety.place.Postcode;
import org.bigsociety.timebank.TimeBankId;
import org.bigsociety.timebank.membership.Brokers;
import org.bigsociety.timebank.membership.Invalid;
import org.bigsociety.timebank.membership.Member;
import org.bigsociety.timebank.membership.Members;
import org.bigsociety.timebank.membership.NotFound;
import org.bigsociety.timebank.membership.Refused;
import org.bigsociety.timebank.membership.TimeBank;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers and requests: posting one (a member for themselves, or a broker for a member), closing it, and searching a
 * time bank's open listings by words, category and distance.
 */
@Service
public class Listings {

	public static final int MAX_TITLE = 120;
	public static final int MAX_DESCRIPTION = 4000;
	public static final int MAX_AVAILABILITY = 500;
	public static final int MAX_TAGS = 10;
	public static final int MAX_TAG = 30;
	private static final double METRES_PER_DEGREE = 111_320;

	static final String COLUMNS = """
			l.id, l.time_bank_id, l.member_id, l.kind, l.category, l.title, l.description, l.tags, l.availability,
			l.postcode, l.area_id, l.latitude, l.longitude, l.status, l.created_at, l.created_by, l.closed_at""";

	/** What a member (or a broker for them) fills in. Tags are separated by commas. */
	public record NewListing(String kind, String category, String title, String description, String tags,
			String availability, String postcode) {

		public static NewListing blank() {
			return new NewListing(null, "", "", "", "", "", "");
		}
	}

	/** A listing found by a search, with its distance from the search's postcode when there was one. */
	public record Found(Listing listing, Long metres) {
	}

	private final JdbcClient jdbc;
	private final Members members;
	private final Brokers brokers;
	private final Categories categories;
	private final Places places;
	private final Clock clock;

	Listings(JdbcClient jdbc, Members members, Brokers brokers, Categories categories, Places places, Clock clock) {
		this.jdbc = jdbc;
		this.members = members;
		this.brokers = brokers;
		this.categories = categories;
		this.places = places;
		this.clock = clock;
	}

	/** Posts a listing for a member: by the member themselves, or by a broker acting for them. */
	@Transactional
	public Listing post(TimeBank bank, PersonId actor, long memberId, NewListing form) {
		Member member = members.find(bank.id(), memberId).orElseThrow(() -> new NotFound("member " + memberId));
		if (!brokers.mayActFor(actor, member, bank)) {
			throw new AccessDeniedException("Only the member or a broker may post for them");
		}
		if (!member.approved()) {
			throw new Refused("timebank.notMember");
		}
		Map<String, String> errors = new LinkedHashMap<>();
		Listing.Kind kind = null;
		try {
			kind = Listing.Kind.valueOf(form.kind() == null ? "" : form.kind());
		}
		catch (IllegalArgumentException ex) {
			errors.put("kind", "timebank.listing.kind.missing");
		}
		if (!categories.exists(form.category())) {
			errors.put("category", "timebank.listing.category.missing");
		}
		String title = strip(form.title());
		if (title.isEmpty()) {
			errors.put("title", "timebank.listing.title.missing");
		}
		else if (title.length() > MAX_TITLE) {
			errors.put("title", "timebank.listing.title.tooLong");
		}
		String description = strip(form.description());
		if (description.length() > MAX_DESCRIPTION) {
			errors.put("description", "timebank.listing.description.tooLong");
		}
		List<String> tags = tags(form.tags());
		if (tags.size() > MAX_TAGS) {
			errors.put("tags", "timebank.listing.tags.tooMany");
		}
		else if (tags.stream().anyMatch(tag -> tag.length() > MAX_TAG)) {
			errors.put("tags", "timebank.listing.tags.tooLong");
		}
		String availability = strip(form.availability());
		if (availability.length() > MAX_AVAILABILITY) {
			errors.put("availability", "timebank.listing.availability.tooLong");
		}
		Doorstep doorstep = null;
		if (!strip(form.postcode()).isEmpty()) {
			try {
				doorstep = places.locate(new Postcode(form.postcode())).orElse(null);
				if (doorstep == null) {
					errors.put("postcode", "timebank.listing.postcode.unknown");
				}
			}
			catch (IllegalArgumentException ex) {
				errors.put("postcode", "timebank.listing.postcode.invalid");
			}
		}
		Invalid.check(errors);
		long id = jdbc.sql("""
				INSERT INTO timebank.listing (time_bank_id, member_id, kind, category, title, description, tags,
				    availability, postcode, area_id, latitude, longitude, status, created_at, created_by)
				VALUES (:bank, :member, :kind, :category, :title, :description, :tags, :availability, :postcode,
				    :area, :latitude, :longitude, 'OPEN', :now, :by)
				RETURNING id""")
			.param("bank", bank.id().value())
			.param("member", member.id())
			.param("kind", kind.name())
			.param("category", form.category())
			.param("title", title)
			.param("description", description)
			.param("tags", tags.toArray(new String[0]))
			.param("availability", availability)
			.param("postcode", doorstep == null ? null : doorstep.postcode().value())
			.param("area", doorstep == null ? null : doorstep.smallest().id().value())
			.param("latitude", doorstep == null ? null : doorstep.coordinates().latitude())
			.param("longitude", doorstep == null ? null : doorstep.coordinates().longitude())
			.param("now", Timestamp.from(clock.instant()))
			.param("by", actor.value())
			.query(Long.class)
			.single();
		return find(id).orElseThrow();
	}

	/** Closes a listing: its member or a broker. Closing one already closed changes nothing. */
	@Transactional
	public void close(TimeBank bank, PersonId actor, long listingId) {
		Listing listing = find(bank.id(), listingId).orElseThrow(() -> new NotFound("listing " + listingId));
		Member member = members.find(listing.memberId()).orElseThrow();
		if (!brokers.mayActFor(actor, member, bank)) {
			throw new AccessDeniedException("Only the member or a broker may close this listing");
		}
		jdbc.sql("UPDATE timebank.listing SET status = 'CLOSED', closed_at = :now WHERE id = :id AND status = 'OPEN'")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", listingId)
			.update();
	}

	public Optional<Listing> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM timebank.listing l WHERE l.id = :id")
			.param("id", id)
			.query(Listings::map)
			.optional();
	}

	/** A listing of this time bank only. */
	public Optional<Listing> find(TimeBankId bank, long id) {
		return find(id).filter(listing -> listing.timeBank().equals(bank));
	}

	public List<Listing> ofMember(long memberId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM timebank.listing l WHERE l.member_id = :member ORDER BY l.status DESC, l.created_at DESC, l.id DESC")
			.param("member", memberId)
			.query(Listings::map)
			.list();
	}

	/** The newest open listings of a time bank. */
	public List<Listing> newest(TimeBankId bank, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM timebank.listing l WHERE l.time_bank_id = :bank AND l.status = 'OPEN' ORDER BY l.created_at DESC, l.id DESC LIMIT :limit")
			.param("bank", bank.value())
			.param("limit", limit)
			.query(Listings::map)
			.list();
	}

	public long countOpen(TimeBankId bank, Listing.Kind kind) {
		return jdbc.sql("SELECT count(*) FROM timebank.listing WHERE time_bank_id = :bank AND status = 'OPEN' AND kind = :kind")
			.param("bank", bank.value())
			.param("kind", kind.name())
			.query(Long.class)
			.single();
	}

	/** Reads a search form; each problem is a field id and a message key. */
	public ListingQuery.Checked query(ListingQuery.Form form, int limit) {
		Map<String, String> problems = new LinkedHashMap<>();
		String words = strip(form.q());
		if (words.length() > ListingQuery.MAX_WORDS) {
			problems.put("q", "timebank.search.q.tooLong");
		}
		String category = strip(form.category());
		if (!category.isEmpty() && !categories.exists(category)) {
			problems.put("category", "timebank.search.category.unknown");
		}
		Listing.Kind kind = null;
		String kindText = strip(form.kind()).toUpperCase(Locale.ROOT);
		if (!kindText.isEmpty() && !kindText.equals("ALL")) {
			try {
				kind = Listing.Kind.valueOf(kindText);
			}
			catch (IllegalArgumentException ex) {
				problems.put("kind", "timebank.search.kind.unknown");
			}
		}
		int miles = ListingQuery.DEFAULT_MILES;
		String within = strip(form.within());
		if (!within.isEmpty()) {
			try {
				miles = Integer.parseInt(within);
				if (!ListingQuery.MILES.contains(miles)) {
					problems.put("within", "timebank.search.within.invalid");
				}
			}
			catch (NumberFormatException ex) {
				problems.put("within", "timebank.search.within.invalid");
			}
		}
		Postcode postcode = null;
		Coordinates near = null;
		if (!strip(form.near()).isEmpty()) {
			try {
				postcode = new Postcode(form.near());
				near = places.locate(postcode).map(Doorstep::coordinates).orElse(null);
				if (near == null) {
					problems.put("near", "timebank.search.near.unknown");
				}
			}
			catch (IllegalArgumentException ex) {
				problems.put("near", "timebank.search.near.invalid");
			}
		}
		if (!problems.isEmpty()) {
			return ListingQuery.Checked.problems(problems);
		}
		return new ListingQuery.Checked(new ListingQuery(words, category.isEmpty() ? null : category, kind, postcode,
				near, Math.round(miles * ListingQuery.METRES_PER_MILE), limit), Map.of());
	}

	/**
	 * Open listings of the time bank that match: all the words (stemmed, in English), the category, and within the
	 * distance. With a place, nearest first; otherwise with words, best matches first; otherwise newest first.
	 */
	public List<Found> search(TimeBankId bank, ListingQuery query) {
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS);
		sql.append(query.hasWords() ? ", ts_rank(l.search, websearch_to_tsquery('english', :words)) AS rank"
				: ", 0 AS rank");
		sql.append(" FROM timebank.listing l WHERE l.time_bank_id = :bank AND l.status = 'OPEN'");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("bank", bank.value());
		if (query.hasWords()) {
			sql.append(" AND l.search @@ websearch_to_tsquery('english', :words)");
			params.put("words", query.words());
		}
		if (query.category() != null) {
			sql.append(" AND l.category = :category");
			params.put("category", query.category());
		}
		if (query.kind() != null) {
			sql.append(" AND l.kind = :kind");
			params.put("kind", query.kind().name());
		}
		if (query.near() != null) {
			// A box around the centre on the position index; the exact distance is measured below.
			double latitudeSpan = query.withinMetres() / METRES_PER_DEGREE;
			double longitudeSpan = query.withinMetres()
					/ (METRES_PER_DEGREE * Math.max(0.01, Math.cos(Math.toRadians(query.near().latitude()))));
			sql.append(" AND l.latitude BETWEEN :south AND :north AND l.longitude BETWEEN :west AND :east");
			params.put("south", query.near().latitude() - latitudeSpan);
			params.put("north", query.near().latitude() + latitudeSpan);
			params.put("west", query.near().longitude() - longitudeSpan);
			params.put("east", query.near().longitude() + longitudeSpan);
		}
		sql.append(query.hasWords() ? " ORDER BY rank DESC, l.created_at DESC, l.id DESC"
				: " ORDER BY l.created_at DESC, l.id DESC");
		if (query.near() == null) {
			sql.append(" LIMIT :limit");
			params.put("limit", query.limit());
		}
		List<Listing> rows = jdbc.sql(sql.toString()).params(params).query(Listings::map).list();
		if (query.near() == null) {
			return rows.stream().map(listing -> new Found(listing, null)).toList();
		}
		List<Found> found = new ArrayList<>();
		for (Listing listing : rows) {
			long metres = query.near().metresTo(listing.coordinates());
			if (metres <= query.withinMetres()) {
				found.add(new Found(listing, metres));
			}
		}
		// Someone who gives a postcode wants the nearest first; equal distances keep the best words first.
		found.sort(Comparator.comparingLong(Found::metres));
		return found.size() > query.limit() ? List.copyOf(found.subList(0, query.limit())) : found;
	}

	static List<String> tags(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		Set<String> tags = new LinkedHashSet<>();
		Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(tag -> !tag.isEmpty())
			.map(tag -> tag.toLowerCase(Locale.UK)).forEach(tags::add);
		return List.copyOf(tags);
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}

	static Listing map(ResultSet row, int n) throws SQLException {
		Array tags = row.getArray("tags");
		double latitude = row.getDouble("latitude");
		Coordinates coordinates = row.wasNull() ? null : new Coordinates(latitude, row.getDouble("longitude"));
		long area = row.getLong("area_id");
		AreaId areaId = row.wasNull() ? null : new AreaId(area);
		String postcode = row.getString("postcode");
		Timestamp closed = row.getTimestamp("closed_at");
		return new Listing(row.getLong("id"), new TimeBankId(row.getLong("time_bank_id")), row.getLong("member_id"),
				Listing.Kind.valueOf(row.getString("kind")), row.getString("category"), row.getString("title"),
				row.getString("description"), tags == null ? List.of() : List.of((String[]) tags.getArray()),
				row.getString("availability"), postcode == null ? null : new Postcode(postcode), areaId, coordinates,
				Listing.Status.valueOf(row.getString("status")), row.getTimestamp("created_at").toInstant(),
				new PersonId(row.getLong("created_by")), closed == null ? null : closed.toInstant());
	}
}
