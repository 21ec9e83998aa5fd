package org.bigsociety.groups.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.bigsociety.groups.GroupProposal;
import org.bigsociety.groups.LegalForm;
import org.bigsociety.groups.OrganisationId;
import org.bigsociety.groups.OrganisationStatus;
import org.bigsociety.groups.OrganisationSummary;
import org.bigsociety.groups.Organisations;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.Role;
import org.bigsociety.people.RoleScope;
import org.bigsociety.place.Area;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.Coordinates;
import org.bigsociety.place.Places;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The {@link Organisations} facade, on the {@code groups} schema. */
@Service
@Transactional(readOnly = true)
class StoredOrganisations implements Organisations {

	static final int MAX_LIMIT = 1000;
	static final String SUMMARY_COLUMNS = "o.id, o.slug, o.name, o.legal_form, o.area_id, o.status";

	private final JdbcClient jdbc;
	private final Places places;
	private final People people;
	private final Clock clock;

	StoredOrganisations(JdbcClient jdbc, Places places, People people, Clock clock) {
		this.jdbc = jdbc;
		this.places = places;
		this.people = people;
		this.clock = clock;
	}

	@Override
	public Optional<OrganisationSummary> find(OrganisationId id) {
		return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM groups.organisation o WHERE o.id = :id")
			.param("id", id.value())
			.query(StoredOrganisations::summary)
			.optional();
	}

	@Override
	public Optional<OrganisationSummary> bySlug(String slug) {
		if (!Slug.isWellFormed(slug)) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM groups.organisation o WHERE o.slug = :slug")
			.param("slug", slug)
			.query(StoredOrganisations::summary)
			.optional();
	}

	@Override
	public List<OrganisationSummary> administeredBy(PersonId person) {
		return jdbc.sql("""
				SELECT %s FROM groups.organisation o JOIN groups.member m ON m.organisation_id = o.id
				WHERE m.person_id = :person AND (m.role = 'ADMINISTRATOR' OR m.office IS NOT NULL)
				ORDER BY lower(o.name), o.id""".formatted(SUMMARY_COLUMNS))
			.param("person", person.value())
			.query(StoredOrganisations::summary)
			.list();
	}

	@Override
	public boolean isAdministrator(OrganisationId organisation, PersonId person) {
		if (find(organisation).isEmpty()) {
			return false;
		}
		return administersOwn(organisation, person) || people.holds(person, Role.ADMINISTRATOR, RoleScope.platform());
	}

	/** Whether the person is one of the organisation's own administrators or officers (not a platform administrator). */
	boolean administersOwn(OrganisationId organisation, PersonId person) {
		return jdbc.sql("""
				SELECT count(*) FROM groups.member
				WHERE organisation_id = :organisation AND person_id = :person
				  AND (role = 'ADMINISTRATOR' OR office IS NOT NULL)""")
			.param("organisation", organisation.value())
			.param("person", person.value())
			.query(Long.class)
			.single() > 0;
	}

	@Override
	public boolean isMember(OrganisationId organisation, PersonId person) {
		return jdbc.sql("SELECT count(*) FROM groups.member WHERE organisation_id = :organisation AND person_id = :person")
			.param("organisation", organisation.value())
			.param("person", person.value())
			.query(Long.class)
			.single() > 0;
	}

	@Override
	public List<OrganisationSummary> near(AreaId area, int limit) {
		checkLimit(limit);
		List<Long> chain = places.chain(area).stream().map(a -> a.id().value()).toList();
		if (chain.isEmpty()) {
			return List.of();
		}
		// Inside the area (its chain holds the area), or serving it from an area it lies in; most local first.
		return jdbc.sql("""
				SELECT %s FROM groups.organisation o
				WHERE o.area_chain @> ARRAY[:area]::bigint[] OR o.area_id IN (:chain)
				ORDER BY cardinality(o.area_chain) DESC, lower(o.name), o.id
				LIMIT :limit""".formatted(SUMMARY_COLUMNS))
			.param("area", area.value())
			.param("chain", chain)
			.param("limit", limit)
			.query(StoredOrganisations::summary)
			.list();
	}

	@Override
	public List<NearbyOrganisation> near(Coordinates centre, long radiusMetres, int limit) {
		checkLimit(limit);
		SearchBox box = SearchBox.around(centre, radiusMetres);
		return jdbc.sql("""
				SELECT * FROM (
				    SELECT %s, %s AS metres FROM groups.organisation o
				    WHERE o.latitude BETWEEN :south AND :north AND o.longitude BETWEEN :west AND :east
				) nearby
				WHERE round(metres) <= :radius
				ORDER BY metres, lower(name), id
				LIMIT :limit""".formatted(SUMMARY_COLUMNS, SearchBox.distanceSql("o")))
			.param("latitude", centre.latitude())
			.param("longitude", centre.longitude())
			.param("south", box.south())
			.param("north", box.north())
			.param("west", box.west())
			.param("east", box.east())
			.param("radius", radiusMetres)
			.param("limit", limit)
			.query((rs, n) -> new NearbyOrganisation(summary(rs, n), Math.round(rs.getDouble("metres"))))
			.list();
	}

	@Override
	@Transactional
	public OrganisationSummary propose(GroupProposal proposal) {
		Area area = places.area(proposal.area())
			.orElseThrow(() -> new IllegalArgumentException("There is no area with id " + proposal.area()));
		return proposeAt(proposal, area, area.centre().orElse(null), null);
	}

	/**
	 * Records a proposed group at a point (its postcode's, or its area's centre), with its proposer as first founder
	 * and administrator, and its formation begun.
	 */
	@Transactional
	OrganisationSummary proposeAt(GroupProposal proposal, Area area, Coordinates where, String postcode) {
		Slug slug = freeSlug(Slug.from(proposal.name()));
		var now = Timestamp.from(clock.instant());
		long id = jdbc.sql("""
				INSERT INTO groups.organisation (slug, name, legal_form, status, purpose, area_id, area_chain, postcode,
				    latitude, longitude, theme, proposed_by, created_at)
				VALUES (:slug, :name, :form, 'PROPOSED', :purpose, :area, :chain, :postcode, :latitude, :longitude, :theme,
				    :by, :now)
				RETURNING id""")
			.param("slug", slug.value())
			.param("name", proposal.name())
			.param("form", LegalForm.UNINCORPORATED_ASSOCIATION.name())
			.param("purpose", proposal.purpose())
			.param("area", area.id().value())
			.param("chain", areaChain(area.id()))
			.param("postcode", postcode)
			.param("latitude", where == null ? null : where.latitude())
			.param("longitude", where == null ? null : where.longitude())
			.param("theme", proposal.theme())
			.param("by", proposal.proposedBy().value())
			.param("now", now)
			.query(Long.class)
			.single();
		jdbc.sql("""
				INSERT INTO groups.member (organisation_id, person_id, role, founder, joined_at)
				VALUES (:organisation, :person, 'ADMINISTRATOR', TRUE, :now)""")
			.param("organisation", id)
			.param("person", proposal.proposedBy().value())
			.param("now", now)
			.update();
		jdbc.sql("INSERT INTO groups.formation (organisation_id) VALUES (:id)").param("id", id).update();
		return find(new OrganisationId(id)).orElseThrow();
	}

	/** The area and every area it lies in, largest first, as stored for "inside this area" queries. */
	Long[] areaChain(AreaId area) {
		return places.chain(area).stream().map(a -> a.id().value()).toArray(Long[]::new);
	}

	/** The slug, or the first numbered form of it no organisation has yet. */
	Slug freeSlug(Slug wanted) {
		List<String> taken = jdbc.sql("SELECT slug FROM groups.organisation WHERE slug = :slug OR slug LIKE :numbered")
			.param("slug", wanted.value())
			.param("numbered", wanted.value() + "-%")
			.query(String.class)
			.list();
		if (!taken.contains(wanted.value())) {
			return wanted;
		}
		for (int n = 2;; n++) {
			Slug candidate = wanted.numbered(n);
			if (!taken.contains(candidate.value())) {
				return candidate;
			}
		}
	}

	private static void checkLimit(int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("The limit must be between 1 and " + MAX_LIMIT);
		}
	}

	static OrganisationSummary summary(ResultSet rs, int row) throws SQLException {
		return new OrganisationSummary(new OrganisationId(rs.getLong("id")), rs.getString("name"),
				LegalForm.valueOf(rs.getString("legal_form")), new AreaId(rs.getLong("area_id")),
				"/groups/" + rs.getString("slug"), OrganisationStatus.valueOf(rs.getString("status")));
	}
}
