package org.bigsociety.action.volunteering;

import java.security.SecureRandom;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.action.events.NotFound;
import org.bigsociety.action.events.Typed;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.PersonSummary;
import org.bigsociety.place.AreaId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employer-supported volunteering: employers (public bodies included) register, their staff join with the code the
 * employer hands out, and staff log the hours they volunteer, counted in the area where they live. The employer's
 * public page adds the hours up by area and cause; no one's name appears.
 */
@Service
public class Employers {

	static final int MAX_NAME = 120;
	private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final People people;
	private final Clock clock;

	Employers(JdbcClient jdbc, People people, Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.clock = clock;
	}

	public enum Sector {
		PRIVATE, PUBLIC, VOLUNTARY;

		public String messageKey() {
			return "action.sector." + name();
		}
	}

	/** An employer; {@code joinCode} is shown only to whoever registered it. */
	public record Employer(long id, String name, Sector sector, String joinCode, PersonId registeredBy) {
	}

	public record Registered(Long id, Map<String, String> errors) {
	}

	/** Hours added up: by area (where the volunteers live) or by cause. */
	public record Total(String key, long minutes, int people) {
	}

	public record HoursEntry(long id, String employer, LocalDate on, int minutes, Cause cause) {
	}

	@Transactional
	public Registered register(PersonId by, String name, String sector) {
		Map<String, String> errors = new LinkedHashMap<>();
		String typedName = Typed.trimmed(name);
		if (typedName.isEmpty()) {
			errors.put("name", "action.employer.form.name.missing");
		}
		else if (typedName.length() > MAX_NAME) {
			errors.put("name", "action.employer.form.name.long");
		}
		Sector chosen = OpportunityProposal.choice(Sector.class, Typed.trimmed(sector));
		if (chosen == null) {
			errors.put("sector", "action.employer.form.sector.missing");
		}
		if (!errors.isEmpty()) {
			return new Registered(null, errors);
		}
		try {
			long id = insert(null, typedName, chosen, by);
			join(by, id);
			return new Registered(id, Map.of());
		}
		catch (DuplicateKeyException ex) {
			return new Registered(null, Map.of("name", "action.employer.form.name.taken"));
		}
	}

	@Transactional
	public long registerForDemo(long id, String name, Sector sector, PersonId by) {
		long employer = insert(id, name, sector, by);
		if (by != null) {
			join(by, employer);
		}
		return employer;
	}

	private long insert(Long id, String name, Sector sector, PersonId by) {
		return jdbc.sql("""
				INSERT INTO action.employer (id, name, sector, join_code, registered_by, registered_at)
				VALUES (coalesce(:id, nextval(pg_get_serial_sequence('action.employer', 'id'))), :name, :sector,
				    :code, :by, :now)
				RETURNING id""")
			.param("id", id)
			.param("name", name)
			.param("sector", sector.name())
			.param("code", newCode())
			.param("by", by == null ? null : by.value())
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
	}

	/** Joins the employer whose code this is; answers the error to show, if any. */
	@Transactional
	public Optional<String> joinWithCode(PersonId person, String code) {
		String typed = Typed.trimmed(code).toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "");
		if (typed.isEmpty()) {
			return Optional.of("action.employer.join.code.missing");
		}
		Optional<Long> employer = jdbc.sql("SELECT id FROM action.employer WHERE join_code = :code")
			.param("code", typed)
			.query(Long.class)
			.optional();
		if (employer.isEmpty()) {
			return Optional.of("action.employer.join.code.unknown");
		}
		join(person, employer.get());
		return Optional.empty();
	}

	public void join(PersonId person, long employer) {
		jdbc.sql("""
				INSERT INTO action.employee (employer_id, person_id, joined_at) VALUES (:employer, :person, :now)
				ON CONFLICT DO NOTHING""")
			.param("employer", employer)
			.param("person", person.value())
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	public Optional<Employer> find(long id) {
		return jdbc.sql("SELECT id, name, sector, join_code, registered_by FROM action.employer WHERE id = :id")
			.param("id", id)
			.query(this::employer)
			.optional();
	}

	public Employer get(long id) {
		return find(id).orElseThrow(() -> new NotFound("Employer " + id));
	}

	/** Every employer with the hours its staff have logged, most hours first. */
	public List<Total> all() {
		return jdbc.sql("""
				SELECT e.id || ':' || e.name AS key, coalesce(sum(h.minutes), 0) AS minutes,
				       count(DISTINCT h.person_id) AS people
				FROM action.employer e LEFT JOIN action.volunteering_hours h ON h.employer_id = e.id
				GROUP BY e.id, e.name
				ORDER BY minutes DESC, e.name""")
			.query((rs, n) -> new Total(rs.getString("key"), rs.getLong("minutes"), rs.getInt("people")))
			.list();
	}

	public List<Employer> of(PersonId person) {
		return jdbc.sql("""
				SELECT e.id, e.name, e.sector, e.join_code, e.registered_by
				FROM action.employer e JOIN action.employee s ON s.employer_id = e.id
				WHERE s.person_id = :person ORDER BY e.name""")
			.param("person", person.value())
			.query(this::employer)
			.list();
	}

	/**
	 * Logs hours volunteered for an employer the person works for, counted in the area where they live. Answers the
	 * errors to show (field id to message key).
	 */
	@Transactional
	public Map<String, String> logHours(PersonId person, String employer, String date, String hours, String minutes,
			String cause) {
		Map<String, String> errors = new LinkedHashMap<>();
		Optional<Long> employerId = Typed.id(employer)
			.filter(id -> of(person).stream().anyMatch(e -> e.id() == id));
		if (employerId.isEmpty()) {
			errors.put("employer", "action.hours.employer.missing");
		}
		Optional<LocalDate> day = Typed.date(date);
		LocalDate today = LocalDate.ofInstant(clock.instant(), Typed.LONDON);
		if (Typed.trimmed(date).isEmpty()) {
			errors.put("date", "action.hours.date.missing");
		}
		else if (day.isEmpty()) {
			errors.put("date", "action.hours.date.invalid");
		}
		else if (day.get().isAfter(today)) {
			errors.put("date", "action.hours.date.future");
		}
		else if (day.get().isBefore(today.minusYears(1))) {
			errors.put("date", "action.hours.date.old");
		}
		Optional<Integer> h = Typed.trimmed(hours).isEmpty() ? Optional.of(0) : Typed.number(hours, 0, 24);
		Optional<Integer> m = Typed.trimmed(minutes).isEmpty() ? Optional.of(0) : Typed.number(minutes, 0, 59);
		int total = h.orElse(0) * 60 + m.orElse(0);
		if (h.isEmpty() || m.isEmpty() || total < 1 || total > 1440) {
			errors.put("hours", "action.hours.time.invalid");
		}
		Cause chosen = OpportunityProposal.choice(Cause.class, Typed.trimmed(cause));
		if (chosen == null) {
			errors.put("cause", "action.hours.cause.missing");
		}
		AreaId area = people.find(person).map(PersonSummary::area).orElse(null);
		if (area == null && errors.isEmpty()) {
			errors.put("employer", "action.hours.noArea");
		}
		if (!errors.isEmpty()) {
			return errors;
		}
		insertHours(employerId.get(), person, area, chosen, total, day.get());
		return Map.of();
	}

	public void insertHours(long employer, PersonId person, AreaId area, Cause cause, int minutes, LocalDate on) {
		jdbc.sql("""
				INSERT INTO action.volunteering_hours (employer_id, person_id, area_id, cause, minutes, volunteered_on,
				    recorded_at)
				VALUES (:employer, :person, :area, :cause, :minutes, :on, :now)""")
			.param("employer", employer)
			.param("person", person == null ? null : person.value())
			.param("area", area.value())
			.param("cause", cause.name())
			.param("minutes", minutes)
			.param("on", Date.valueOf(on))
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	public List<HoursEntry> hoursOf(PersonId person) {
		return jdbc.sql("""
				SELECT h.id, e.name, h.volunteered_on, h.minutes, h.cause
				FROM action.volunteering_hours h JOIN action.employer e ON e.id = h.employer_id
				WHERE h.person_id = :person ORDER BY h.volunteered_on DESC, h.id DESC LIMIT 100""")
			.param("person", person.value())
			.query((rs, n) -> new HoursEntry(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getInt(4),
					Cause.valueOf(rs.getString(5))))
			.list();
	}

	/** An employer's hours by the area where its volunteers live (area ids as keys), most first. */
	public List<Total> byArea(long employer) {
		return totals(employer, "area_id::text");
	}

	/** An employer's hours by cause (cause names as keys), most first. */
	public List<Total> byCause(long employer) {
		return totals(employer, "cause");
	}

	private List<Total> totals(long employer, String column) {
		return jdbc.sql("SELECT " + column + " AS key, sum(minutes) AS minutes, count(DISTINCT person_id) AS people"
				+ " FROM action.volunteering_hours WHERE employer_id = :employer GROUP BY " + column
				+ " ORDER BY minutes DESC, key")
			.param("employer", employer)
			.query((rs, n) -> new Total(rs.getString("key"), rs.getLong("minutes"), rs.getInt("people")))
			.list();
	}

	/** The person leaves every employer; their hours stay in the totals, no longer saying whose they were. */
	void forget(PersonId person) {
		jdbc.sql("DELETE FROM action.employee WHERE person_id = :person").param("person", person.value()).update();
		jdbc.sql("UPDATE action.volunteering_hours SET person_id = NULL WHERE person_id = :person")
			.param("person", person.value())
			.update();
		jdbc.sql("UPDATE action.employer SET registered_by = NULL WHERE registered_by = :person")
			.param("person", person.value())
			.update();
	}

	private static String newCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
		}
		return code.toString();
	}

	private Employer employer(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Long by = (Long) rs.getObject("registered_by");
		return new Employer(rs.getLong("id"), rs.getString("name"), Sector.valueOf(rs.getString("sector")),
				rs.getString("join_code"), by == null ? null : new PersonId(by));
	}
}
