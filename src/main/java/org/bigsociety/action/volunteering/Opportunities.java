package org.bigsociety.action.volunteering;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.action.events.NotFound;
import org.bigsociety.action.events.Stewards;
import org.bigsociety.action.events.Typed;
import org.bigsociety.groups.OrganisationId;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.Coordinates;
import org.bigsociety.place.Places;
import org.bigsociety.place.Postcode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Volunteering opportunities: posting them (by groups and organisers), finding them, closing them. */
@Service
public class Opportunities {

	private static final String COLUMNS = """
			o.id, o.title, o.description, o.cause, o.skills, o.minutes_asked, o.frequency, o.dbs_check, o.postcode,
			o.area_id, o.area_ids, o.latitude, o.longitude, o.organisation_id, o.posted_by, o.created_at, o.closed_at""";

	private final JdbcClient jdbc;
	private final Places places;
	private final Stewards stewards;
	private final Clock clock;

	Opportunities(JdbcClient jdbc, Places places, Stewards stewards, Clock clock) {
		this.jdbc = jdbc;
		this.places = places;
		this.stewards = stewards;
		this.clock = clock;
	}

	public record Posted(Long id, Map<String, String> errors) {
	}

	/**
	 * Posts an opportunity for the group the proposal names (which the person must act for), or as a community
	 * organiser where they hold that role.
	 */
	@Transactional
	public Posted post(PersonId by, OpportunityProposal proposal) {
		OpportunityProposal.Checked checked = proposal.check(places);
		Map<String, String> errors = new LinkedHashMap<>(checked.errors());
		Long organisation = Typed.id(proposal.organisation()).orElse(null);
		if (!proposal.organisation().isEmpty()
				&& (organisation == null || !stewards.actsFor(by, new OrganisationId(organisation)))) {
			errors.putIfAbsent("organisation", "action.form.organisation.notYours");
		}
		if (checked.draft() != null && organisation == null
				&& !stewards.organisesIn(by, checked.draft().doorstep().smallest().id())) {
			errors.put("postcode", "action.opportunity.form.postcode.notYourArea");
		}
		if (!errors.isEmpty()) {
			return new Posted(null, errors);
		}
		return new Posted(insert(null, checked.draft(), by), Map.of());
	}

	/** For the demo: an opportunity with a fixed id, no checks. */
	@Transactional
	public long postForDemo(long id, OpportunityProposal.Draft draft, PersonId by) {
		return insert(id, draft, by);
	}

	private long insert(Long fixedId, OpportunityProposal.Draft draft, PersonId by) {
		long id = jdbc.sql("""
				INSERT INTO action.opportunity (id, title, description, cause, skills, minutes_asked, frequency,
				    dbs_check, postcode, area_id, area_ids, latitude, longitude, organisation_id, posted_by, created_at)
				VALUES (coalesce(:id, nextval(pg_get_serial_sequence('action.opportunity', 'id'))), :title,
				    :description, :cause, :skills, :minutes, :frequency, :dbs, :postcode, :area, :areas, :latitude,
				    :longitude, :organisation, :by, :now)
				RETURNING id""")
			.param("id", fixedId)
			.param("title", draft.title())
			.param("description", draft.description())
			.param("cause", draft.cause().name())
			.param("skills", draft.skills().toArray(String[]::new))
			.param("minutes", draft.minutesAsked())
			.param("frequency", draft.frequency().name())
			.param("dbs", draft.dbsCheck())
			.param("postcode", draft.doorstep().postcode().value())
			.param("area", draft.doorstep().smallest().id().value())
			.param("areas", draft.doorstep().areaIds().stream().map(AreaId::value).toArray(Long[]::new))
			.param("latitude", draft.doorstep().coordinates().latitude())
			.param("longitude", draft.doorstep().coordinates().longitude())
			.param("organisation", draft.organisation() != null ? draft.organisation() : null)
			.param("by", by == null ? null : by.value())
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		int position = 0;
		for (OpportunityProposal.RoleDraft role : draft.roles()) {
			jdbc.sql("""
					INSERT INTO action.opportunity_role (opportunity_id, name, description, places, position)
					VALUES (:opportunity, :name, :description, :places, :position)""")
				.param("opportunity", id)
				.param("name", role.name())
				.param("description", role.description())
				.param("places", role.places())
				.param("position", position++)
				.update();
		}
		return id;
	}

	public Optional<Opportunity> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM action.opportunity o WHERE o.id = :id")
			.param("id", id)
			.query(this::map)
			.optional();
	}

	public Opportunity get(long id) {
		return find(id).orElseThrow(() -> new NotFound("Opportunity " + id));
	}

	/** Open opportunities, newest first, in an area (or anywhere, if null). */
	public List<Opportunity> open(AreaId area, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM action.opportunity o
				WHERE o.closed_at IS NULL AND (CAST(:area AS BIGINT) IS NULL OR CAST(:area AS BIGINT) = ANY (o.area_ids))
				ORDER BY o.created_at DESC, o.id DESC
				LIMIT :limit""")
			.param("area", area == null ? null : area.value())
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	/** Open opportunities within a distance of a point, nearest first. */
	public List<Opportunity> near(Coordinates centre, long metres, int limit) {
		return open(null, 1000).stream()
			.filter(o -> o.coordinates().metresTo(centre) <= metres)
			.sorted(java.util.Comparator.comparingLong(o -> o.coordinates().metresTo(centre)))
			.limit(limit)
			.toList();
	}

	/** Opportunities the person posted or whose group they act for, newest first. */
	public List<Opportunity> managedBy(PersonId person) {
		Long[] groups = stewards.groupsRunBy(person).stream().map(g -> g.id().value()).toArray(Long[]::new);
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM action.opportunity o
				WHERE o.posted_by = :person OR o.organisation_id = ANY (:groups)
				ORDER BY o.created_at DESC, o.id DESC""")
			.param("person", person.value())
			.param("groups", groups)
			.query(this::map)
			.list();
	}

	public boolean mayManage(PersonId person, Opportunity opportunity) {
		return stewards.manages(person, opportunity.organisation(), opportunity.postedBy());
	}

	void requireManager(PersonId person, Opportunity opportunity) {
		if (!mayManage(person, opportunity)) {
			throw new AccessDeniedException("Only who posted the opportunity, or its group's administrators, may do this");
		}
	}

	/** Stops taking applications. */
	@Transactional
	public void close(long id, PersonId by) {
		Opportunity opportunity = get(id);
		requireManager(by, opportunity);
		jdbc.sql("UPDATE action.opportunity SET closed_at = coalesce(closed_at, :now) WHERE id = :id")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.update();
	}

	/** The poster's name goes; the opportunity stays for its group or its applicants. */
	void forget(PersonId person) {
		jdbc.sql("UPDATE action.opportunity SET posted_by = NULL WHERE posted_by = :person")
			.param("person", person.value())
			.update();
	}

	private Opportunity map(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		List<Opportunity.Role> roles = jdbc.sql("""
				SELECT id, name, description, places FROM action.opportunity_role
				WHERE opportunity_id = :id ORDER BY position""")
			.param("id", id)
			.query((r, n) -> new Opportunity.Role(r.getLong("id"), r.getString("name"), r.getString("description"),
					r.getInt("places")))
			.list();
		Long organisation = (Long) rs.getObject("organisation_id");
		Long postedBy = (Long) rs.getObject("posted_by");
		Timestamp closed = rs.getTimestamp("closed_at");
		return new Opportunity(id, rs.getString("title"), rs.getString("description"),
				Cause.valueOf(rs.getString("cause")), Arrays.asList((String[]) rs.getArray("skills").getArray()),
				rs.getInt("minutes_asked"), Frequency.valueOf(rs.getString("frequency")), rs.getBoolean("dbs_check"),
				new Postcode(rs.getString("postcode")), new AreaId(rs.getLong("area_id")),
				Arrays.stream((Long[]) rs.getArray("area_ids").getArray()).map(AreaId::new).toList(),
				new Coordinates(rs.getDouble("latitude"), rs.getDouble("longitude")),
				organisation == null ? null : new OrganisationId(organisation),
				postedBy == null ? null : new PersonId(postedBy), rs.getTimestamp("created_at").toInstant(),
				closed == null ? null : closed.toInstant(), roles);
	}
}
