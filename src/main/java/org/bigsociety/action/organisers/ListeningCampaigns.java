package org.bigsociety.action.organisers;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.action.events.NotFound;
import org.bigsociety.action.events.Stewards;
import org.bigsociety.action.events.Typed;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.Area;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.AreaType;
import org.bigsociety.place.Doorstep;
import org.bigsociety.place.Places;
import org.bigsociety.place.Postcode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Listening campaigns: a community organiser listens to a neighbourhood, one conversation at a time, and logs each
 * one without anyone's name: when, where, how many people, the themes heard and what follows. The themes add up per
 * area into what people there are talking about, which anyone may read.
 */
@Service
public class ListeningCampaigns {

	static final int MAX_TITLE = 120;
	static final int MAX_THEMES = 10;
	static final int MAX_THEME = 60;
	static final int MAX_FOLLOW_UP = 2000;
	static final int MAX_PEOPLE = 500;

	private final JdbcClient jdbc;
	private final Places places;
	private final Stewards stewards;
	private final Clock clock;

	ListeningCampaigns(JdbcClient jdbc, Places places, Stewards stewards, Clock clock) {
		this.jdbc = jdbc;
		this.places = places;
		this.stewards = stewards;
		this.clock = clock;
	}

	/** A campaign, with how much listening it has done so far. */
	public record Campaign(long id, String title, PersonId organiser, AreaId area, String areaName, Instant startedAt,
			int conversations, int people) {
	}

	/** One conversation: no names, only what was heard. */
	public record Conversation(long id, LocalDate heldOn, AreaId area, int people, List<String> themes,
			String followUp) {
	}

	/** A theme heard in an area: in how many conversations, with how many people, and when last. */
	public record Theme(String theme, int conversations, int people, LocalDate lastHeard) {
	}

	/** An area where conversations have been logged, and how many. */
	public record Listened(Area area, int conversations) {
	}

	public record Started(Long id, Map<String, String> errors) {
	}

	/** Starts a campaign in the neighbourhood a postcode is in, where the person must be a community organiser. */
	@Transactional
	public Started start(PersonId by, String title, String postcode) {
		Map<String, String> errors = new LinkedHashMap<>();
		String typedTitle = Typed.trimmed(title);
		if (typedTitle.isEmpty()) {
			errors.put("title", "action.campaign.form.title.missing");
		}
		else if (typedTitle.length() > MAX_TITLE) {
			errors.put("title", "action.campaign.form.title.long");
		}
		Optional<Doorstep> doorstep = doorstep(postcode, "postcode", errors);
		if (doorstep.isPresent() && !stewards.organisesIn(by, doorstep.get().smallest().id())) {
			errors.put("postcode", "action.campaign.form.postcode.notYourArea");
		}
		if (!errors.isEmpty()) {
			return new Started(null, errors);
		}
		return new Started(insert(null, typedTitle, by, doorstep.get().smallest()), Map.of());
	}

	/** For the demo: a campaign with a fixed id. */
	@Transactional
	public long startForDemo(long id, String title, PersonId by, Area area) {
		return insert(id, title, by, area);
	}

	private long insert(Long id, String title, PersonId by, Area area) {
		return jdbc.sql("""
				INSERT INTO action.listening_campaign (id, title, organiser_id, area_id, area_name, started_at)
				VALUES (coalesce(:id, nextval(pg_get_serial_sequence('action.listening_campaign', 'id'))), :title,
				    :by, :area, :name, :now)
				RETURNING id""")
			.param("id", id)
			.param("title", title)
			.param("by", by.value())
			.param("area", area.id().value())
			.param("name", area.name())
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
	}

	public Campaign get(long id) {
		return jdbc.sql(CAMPAIGNS + " WHERE c.id = :id GROUP BY c.id")
			.param("id", id)
			.query(ListeningCampaigns::campaign)
			.optional()
			.orElseThrow(() -> new NotFound("Listening campaign " + id));
	}

	/** The person's campaigns, newest first. */
	public List<Campaign> of(PersonId person) {
		return jdbc.sql(CAMPAIGNS + " WHERE c.organiser_id = :person GROUP BY c.id ORDER BY c.started_at DESC, c.id DESC")
			.param("person", person.value())
			.query(ListeningCampaigns::campaign)
			.list();
	}

	/** The campaign, if the person runs it (or administers the platform); refused otherwise. */
	public Campaign run(long id, PersonId by) {
		Campaign campaign = get(id);
		if (!by.equals(campaign.organiser()) && !stewards.isPlatformAdministrator(by)) {
			throw new AccessDeniedException("Only the organiser who runs a campaign may see or add to its log");
		}
		return campaign;
	}

	/**
	 * Logs a conversation in the campaign the person runs; answers the errors to show (field id to message key),
	 * empty if it was logged. It counts where it was held: the postcode given, or else the campaign's area.
	 */
	@Transactional
	public Map<String, String> log(long campaignId, PersonId by, String heldOn, String postcode, String people,
			String themes, String followUp) {
		Campaign campaign = run(campaignId, by);
		Map<String, String> errors = new LinkedHashMap<>();
		Optional<LocalDate> held = Typed.date(heldOn);
		LocalDate today = LocalDate.ofInstant(clock.instant(), Typed.LONDON);
		if (Typed.trimmed(heldOn).isEmpty()) {
			errors.put("heldOn", "action.conversation.form.date.missing");
		}
		else if (held.isEmpty()) {
			errors.put("heldOn", "action.conversation.form.date.invalid");
		}
		else if (held.get().isAfter(today)) {
			errors.put("heldOn", "action.conversation.form.date.future");
		}
		else if (held.get().isBefore(today.minusYears(1))) {
			errors.put("heldOn", "action.conversation.form.date.old");
		}
		List<Area> where = List.of();
		if (Typed.trimmed(postcode).isEmpty()) {
			where = places.chain(campaign.area());
		}
		else {
			where = doorstep(postcode, "postcode", errors).map(Doorstep::chain).orElse(List.of());
		}
		Optional<Integer> count = Typed.number(people, 1, MAX_PEOPLE);
		if (count.isEmpty()) {
			errors.put("people", "action.conversation.form.people.invalid");
		}
		List<String> heard = themes(themes);
		if (heard.isEmpty()) {
			errors.put("themes", "action.conversation.form.themes.missing");
		}
		else if (heard.size() > MAX_THEMES || heard.stream().anyMatch(t -> t.length() > MAX_THEME)) {
			errors.put("themes", "action.conversation.form.themes.tooMany");
		}
		String next = Typed.trimmed(followUp);
		if (next.length() > MAX_FOLLOW_UP) {
			errors.put("followUp", "action.conversation.form.followUp.long");
		}
		if (errors.isEmpty()) {
			insert(campaignId, held.get(), where, count.get(), heard, next);
		}
		return errors;
	}

	/** For the demo: a conversation, no questions asked. */
	@Transactional
	public void logForDemo(long campaignId, LocalDate heldOn, List<Area> where, int people, List<String> themes,
			String followUp) {
		insert(campaignId, heldOn, where, people, themes(String.join(",", themes)), followUp);
	}

	private void insert(long campaignId, LocalDate heldOn, List<Area> where, int people, List<String> themes,
			String followUp) {
		jdbc.sql("""
				INSERT INTO action.conversation (campaign_id, held_on, area_id, area_ids, people, themes, follow_up,
				    recorded_at)
				VALUES (:campaign, :held, :area, :areas, :people, :themes, :followUp, :now)""")
			.param("campaign", campaignId)
			.param("held", Date.valueOf(heldOn))
			.param("area", where.get(where.size() - 1).id().value())
			.param("areas", where.stream().map(a -> a.id().value()).toArray(Long[]::new))
			.param("people", people)
			.param("themes", themes.toArray(String[]::new))
			.param("followUp", followUp.isEmpty() ? null : followUp)
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	/** The campaign's conversations, latest first. */
	public List<Conversation> conversations(long campaignId) {
		return jdbc.sql("""
				SELECT id, held_on, area_id, people, themes, follow_up FROM action.conversation
				WHERE campaign_id = :campaign ORDER BY held_on DESC, id DESC""")
			.param("campaign", campaignId)
			.query((rs, n) -> new Conversation(rs.getLong("id"), rs.getDate("held_on").toLocalDate(),
					new AreaId(rs.getLong("area_id")), rs.getInt("people"),
					Arrays.asList((String[]) rs.getArray("themes").getArray()), rs.getString("follow_up")))
			.list();
	}

	/** What people in an area (or anywhere inside it) are talking about: themes by how often they came up. */
	public List<Theme> themesIn(AreaId area, int limit) {
		return jdbc.sql("""
				SELECT t.theme, count(*) AS conversations, sum(c.people) AS people, max(c.held_on) AS last_heard
				FROM action.conversation c CROSS JOIN LATERAL unnest(c.themes) AS t(theme)
				WHERE :area = ANY (c.area_ids)
				GROUP BY t.theme
				ORDER BY conversations DESC, people DESC, t.theme
				LIMIT :limit""")
			.param("area", area.value())
			.param("limit", limit)
			.query((rs, n) -> new Theme(rs.getString("theme"), rs.getInt("conversations"), rs.getInt("people"),
					rs.getDate("last_heard").toLocalDate()))
			.list();
	}

	/** Whether the theme has been heard in the area: only those may become proposed groups from this page. */
	public boolean heardIn(AreaId area, String theme) {
		return jdbc.sql("""
				SELECT count(*) FROM action.conversation WHERE :area = ANY (area_ids) AND :theme = ANY (themes)""")
			.param("area", area.value())
			.param("theme", normalised(theme))
			.query(Integer.class)
			.single() > 0;
	}

	/** The council areas, wards and neighbourhoods where conversations have been logged, most listened to first. */
	public List<Listened> areasListenedTo(int limit) {
		List<Listened> listened = new ArrayList<>();
		jdbc.sql("""
				SELECT a.area, count(*) AS conversations
				FROM action.conversation c CROSS JOIN LATERAL unnest(c.area_ids) AS a(area)
				GROUP BY a.area ORDER BY conversations DESC, a.area""")
			.query((rs, n) -> Map.entry(rs.getLong("area"), rs.getInt("conversations")))
			.list()
			.forEach(row -> places.area(new AreaId(row.getKey()))
				.filter(area -> area.type() != AreaType.NATION && area.type() != AreaType.REGION)
				.ifPresent(area -> listened.add(new Listened(area, row.getValue()))));
		return listened.stream().limit(limit).toList();
	}

	/** The campaigns stay in the counts; who ran them is forgotten. */
	void forget(PersonId person) {
		jdbc.sql("UPDATE action.listening_campaign SET organiser_id = NULL WHERE organiser_id = :person")
			.param("person", person.value())
			.update();
	}

	/** Themes as typed, split on commas or new lines, each once, in lower case with single spaces. */
	static List<String> themes(String typed) {
		LinkedHashSet<String> themes = new LinkedHashSet<>();
		Arrays.stream(Typed.trimmed(typed).split("[,;\\r\\n]"))
			.map(ListeningCampaigns::normalised)
			.filter(t -> !t.isEmpty())
			.forEach(themes::add);
		return List.copyOf(themes);
	}

	static String normalised(String theme) {
		return Typed.trimmed(theme).replaceAll("\\s+", " ").toLowerCase(Locale.UK);
	}

	private Optional<Doorstep> doorstep(String postcode, String field, Map<String, String> errors) {
		String typed = Typed.trimmed(postcode);
		if (typed.isEmpty()) {
			errors.put(field, "action.form.postcode.missing");
			return Optional.empty();
		}
		try {
			Optional<Doorstep> doorstep = places.locate(Postcode.parse(typed));
			if (doorstep.isEmpty()) {
				errors.put(field, "action.form.postcode.unknown");
			}
			return doorstep;
		}
		catch (IllegalArgumentException ex) {
			errors.put(field, "action.form.postcode.invalid");
			return Optional.empty();
		}
	}

	private static final String CAMPAIGNS = """
			SELECT c.id, c.title, c.organiser_id, c.area_id, c.area_name, c.started_at,
			    count(v.id) AS conversations, coalesce(sum(v.people), 0) AS people
			FROM action.listening_campaign c LEFT JOIN action.conversation v ON v.campaign_id = c.id
			""";

	private static Campaign campaign(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Long organiser = (Long) rs.getObject("organiser_id");
		return new Campaign(rs.getLong("id"), rs.getString("title"), organiser == null ? null : new PersonId(organiser),
				new AreaId(rs.getLong("area_id")), rs.getString("area_name"), rs.getTimestamp("started_at").toInstant(),
				rs.getInt("conversations"), rs.getInt("people"));
	}
}
