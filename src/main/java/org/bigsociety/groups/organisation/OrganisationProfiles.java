package org.bigsociety.groups.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.groups.LegalForm;
import org.bigsociety.groups.OrganisationId;
import org.bigsociety.groups.OrganisationStatus;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.Area;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.AreaType;
import org.bigsociety.place.Doorstep;
import org.bigsociety.place.Places;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations' public profiles: registering one as it is, changing its profile, reading and listing them. */
@Service
@Transactional(readOnly = true)
public class OrganisationProfiles {

	static final String COLUMNS = """
			id, slug, name, legal_form, status, purpose, area_id, charity_number, company_number, society_number,
			postcode, email, phone, website, theme, created_at, formed_at""";

	private final JdbcClient jdbc;
	private final Places places;
	private final StoredOrganisations organisations;
	private final Clock clock;

	OrganisationProfiles(JdbcClient jdbc, Places places, StoredOrganisations organisations, Clock clock) {
		this.jdbc = jdbc;
		this.places = places;
		this.organisations = organisations;
		this.clock = clock;
	}

	/** The outcome of a form: the organisation's slug when saved, or the problems, field by field. */
	public record Outcome(String slug, Map<String, String> problems) {

		static Outcome saved(String slug) {
			return new Outcome(slug, Map.of());
		}

		static Outcome refused(Map<String, String> problems) {
			return new Outcome(null, Map.copyOf(problems));
		}

		public boolean ok() {
			return problems.isEmpty();
		}
	}

	public Optional<Profile> bySlug(String slug) {
		if (!Slug.isWellFormed(slug)) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM groups.organisation WHERE slug = :slug")
			.param("slug", slug)
			.query(this::profile)
			.optional();
	}

	public Optional<Profile> find(OrganisationId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM groups.organisation WHERE id = :id")
			.param("id", id.value())
			.query(this::profile)
			.optional();
	}

	/**
	 * Registers an organisation that already exists (a charity, a school, a tenants' association): it is formed from
	 * the start, and the person who registers it is its first administrator.
	 */
	@Transactional
	public Outcome register(OrganisationForm form, PersonId by) {
		Map<String, String> problems = new LinkedHashMap<>(form.problems());
		Optional<Doorstep> doorstep = locate(form, problems);
		if (!problems.isEmpty()) {
			return Outcome.refused(problems);
		}
		Area area = areaOfBenefit(doorstep.get(), form.chosenReach().orElseThrow());
		Slug slug = organisations.freeSlug(Slug.from(form.name()));
		Registrations numbers = form.registrations();
		Timestamp now = Timestamp.from(clock.instant());
		long id = jdbc.sql("""
				INSERT INTO groups.organisation (slug, name, legal_form, status, purpose, area_id, area_chain,
				    charity_number, company_number, society_number, postcode, latitude, longitude, email, phone, website,
				    proposed_by, created_at, formed_at)
				VALUES (:slug, :name, :form, 'FORMED', :purpose, :area, :chain, :charity, :company, :society, :postcode,
				    :latitude, :longitude, :email, :phone, :website, :by, :now, :now)
				RETURNING id""")
			.param("slug", slug.value())
			.param("name", OrganisationForm.trim(form.name()))
			.param("form", form.form().orElseThrow().name())
			.param("purpose", OrganisationForm.trim(form.purpose()))
			.param("area", area.id().value())
			.param("chain", organisations.areaChain(area.id()))
			.param("charity", numbers.charity() == null ? null : numbers.charity().value())
			.param("company", numbers.company() == null ? null : numbers.company().value())
			.param("society", numbers.society() == null ? null : numbers.society().value())
			.param("postcode", doorstep.get().postcode().value())
			.param("latitude", doorstep.get().coordinates().latitude())
			.param("longitude", doorstep.get().coordinates().longitude())
			.param("email", OrganisationForm.orNull(form.email()))
			.param("phone", OrganisationForm.orNull(form.phone()))
			.param("website", OrganisationForm.orNull(form.website()))
			.param("by", by.value())
			.param("now", now)
			.query(Long.class)
			.single();
		jdbc.sql("""
				INSERT INTO groups.member (organisation_id, person_id, role, founder, joined_at)
				VALUES (:organisation, :person, 'ADMINISTRATOR', FALSE, :now)""")
			.param("organisation", id)
			.param("person", by.value())
			.param("now", now)
			.update();
		return Outcome.saved(slug.value());
	}

	/** What someone typed to propose a new group. */
	public record ProposalForm(String name, String purpose, String postcode, String reach) {

		public static ProposalForm empty() {
			return new ProposalForm("", "", "", OrganisationForm.Reach.LOCAL.name());
		}

		OrganisationForm asOrganisation() {
			return new OrganisationForm(name, LegalForm.UNINCORPORATED_ASSOCIATION.name(), "", "", "", purpose,
					postcode, reach, "", "", "");
		}
	}

	/**
	 * Proposes a new group where the postcode is: the proposer is its first founder, and neighbours may join it.
	 */
	@Transactional
	public Outcome propose(ProposalForm proposal, PersonId by, String theme) {
		OrganisationForm form = proposal.asOrganisation();
		Map<String, String> problems = new LinkedHashMap<>(form.problems());
		Optional<Doorstep> doorstep = locate(form, problems);
		if (!problems.isEmpty()) {
			return Outcome.refused(problems);
		}
		Area area = areaOfBenefit(doorstep.get(), form.chosenReach().orElseThrow());
		var summary = organisations.proposeAt(
				new org.bigsociety.groups.GroupProposal(form.name(), form.purpose(), area.id(), by, theme), area,
				doorstep.get().coordinates(), doorstep.get().postcode().value());
		return Outcome.saved(summary.profilePath().substring("/groups/".length()));
	}

	/** The profile as a form, for its administrators to change. */
	public OrganisationForm formFor(Profile profile) {
		Area area = places.area(profile.area()).orElse(null);
		String reach = area != null && area.type() == AreaType.LOCAL_AUTHORITY ? "BOROUGH" : "LOCAL";
		Registrations r = profile.registrations();
		return new OrganisationForm(profile.name(), profile.legalForm().name(),
				r.charity() == null ? "" : r.charity().value(), r.company() == null ? "" : r.company().value(),
				r.society() == null ? "" : r.society().value(), profile.purpose(),
				profile.postcode() == null ? "" : profile.postcode(), reach, nullToEmpty(profile.email()),
				nullToEmpty(profile.phone()), nullToEmpty(profile.website()));
	}

	/** Changes the profile; only the organisation's administrators (or a platform administrator) may. */
	@Transactional
	public Outcome change(OrganisationId id, OrganisationForm form, PersonId by) {
		if (!organisations.isAdministrator(id, by)) {
			throw new AccessDeniedException("Only the group's administrators may change its profile");
		}
		Map<String, String> problems = new LinkedHashMap<>(form.problems());
		Optional<Doorstep> doorstep = locate(form, problems);
		if (!problems.isEmpty()) {
			return Outcome.refused(problems);
		}
		Area area = areaOfBenefit(doorstep.get(), form.chosenReach().orElseThrow());
		Registrations numbers = form.registrations();
		String slug = jdbc.sql("""
				UPDATE groups.organisation SET name = :name, legal_form = :form, purpose = :purpose, area_id = :area,
				    area_chain = :chain, charity_number = :charity, company_number = :company, society_number = :society,
				    postcode = :postcode, latitude = :latitude, longitude = :longitude, email = :email, phone = :phone,
				    website = :website
				WHERE id = :id
				RETURNING slug""")
			.param("name", OrganisationForm.trim(form.name()))
			.param("form", form.form().orElseThrow().name())
			.param("purpose", OrganisationForm.trim(form.purpose()))
			.param("area", area.id().value())
			.param("chain", organisations.areaChain(area.id()))
			.param("charity", numbers.charity() == null ? null : numbers.charity().value())
			.param("company", numbers.company() == null ? null : numbers.company().value())
			.param("society", numbers.society() == null ? null : numbers.society().value())
			.param("postcode", doorstep.get().postcode().value())
			.param("latitude", doorstep.get().coordinates().latitude())
			.param("longitude", doorstep.get().coordinates().longitude())
			.param("email", OrganisationForm.orNull(form.email()))
			.param("phone", OrganisationForm.orNull(form.phone()))
			.param("website", OrganisationForm.orNull(form.website()))
			.param("id", id.value())
			.query(String.class)
			.single();
		return Outcome.saved(slug);
	}

	/** One line in the list of groups. */
	public record Listing(String slug, String name, LegalForm legalForm, OrganisationStatus status, String areaName,
			String purpose) {
	}

	/**
	 * Groups whose name or purpose holds every word typed (any case), of a legal form if one is given, by name; at
	 * most {@code limit} from {@code offset}.
	 */
	public List<Listing> list(String words, LegalForm form, OrganisationStatus status, int offset, int limit) {
		StringBuilder sql = new StringBuilder("SELECT slug, name, legal_form, status, area_id, purpose FROM groups.organisation WHERE TRUE");
		Map<String, Object> params = new LinkedHashMap<>();
		int n = 0;
		for (String word : OrganisationForm.trim(words).toLowerCase(Locale.ROOT).split("\\s+")) {
			if (word.isEmpty()) {
				continue;
			}
			String name = "w" + n++;
			sql.append(" AND (lower(name) LIKE :").append(name).append(" OR lower(purpose) LIKE :").append(name).append(')');
			params.put(name, "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
			if (n == 8) {
				break;
			}
		}
		if (form != null) {
			sql.append(" AND legal_form = :form");
			params.put("form", form.name());
		}
		if (status != null) {
			sql.append(" AND status = :status");
			params.put("status", status.name());
		}
		sql.append(" ORDER BY lower(name), id OFFSET :offset LIMIT :limit");
		params.put("offset", Math.max(0, offset));
		params.put("limit", limit);
		Map<Long, String> areaNames = new java.util.HashMap<>();
		return jdbc.sql(sql.toString())
			.params(params)
			.query((rs, row) -> new Listing(rs.getString("slug"), rs.getString("name"),
					LegalForm.valueOf(rs.getString("legal_form")), OrganisationStatus.valueOf(rs.getString("status")),
					areaNames.computeIfAbsent(rs.getLong("area_id"), this::areaName), rs.getString("purpose")))
			.list();
	}

	private Optional<Doorstep> locate(OrganisationForm form, Map<String, String> problems) {
		if (problems.containsKey("postcode")) {
			return Optional.empty();
		}
		Optional<Doorstep> doorstep = form.parsedPostcode().flatMap(places::locate);
		if (doorstep.isEmpty()) {
			problems.put("postcode", "groups.form.postcode.unknown");
		}
		return doorstep;
	}

	/** The neighbourhood (the smallest area) of the postcode, or the local authority it is in. */
	static Area areaOfBenefit(Doorstep doorstep, OrganisationForm.Reach reach) {
		if (reach == OrganisationForm.Reach.BOROUGH) {
			return doorstep.chain().stream()
				.filter(area -> area.type() == AreaType.LOCAL_AUTHORITY)
				.findFirst()
				.orElse(doorstep.smallest());
		}
		return doorstep.smallest();
	}

	String areaName(long id) {
		return places.area(new AreaId(id)).map(Area::name).orElse("");
	}

	private Profile profile(ResultSet rs, int row) throws SQLException {
		String charity = rs.getString("charity_number");
		String company = rs.getString("company_number");
		String society = rs.getString("society_number");
		long area = rs.getLong("area_id");
		Timestamp formed = rs.getTimestamp("formed_at");
		return new Profile(new OrganisationId(rs.getLong("id")), rs.getString("slug"), rs.getString("name"),
				LegalForm.valueOf(rs.getString("legal_form")), OrganisationStatus.valueOf(rs.getString("status")),
				rs.getString("purpose"), new AreaId(area), areaName(area),
				new Registrations(charity == null ? null : new CharityNumber(charity),
						company == null ? null : new CompanyNumber(company),
						society == null ? null : new SocietyNumber(society)),
				rs.getString("postcode"), rs.getString("email"), rs.getString("phone"), rs.getString("website"),
				rs.getString("theme"), rs.getTimestamp("created_at").toInstant(),
				formed == null ? null : formed.toInstant());
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
