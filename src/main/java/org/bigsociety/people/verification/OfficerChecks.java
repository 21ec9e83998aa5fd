package org.bigsociety.people.verification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.Role;
import org.bigsociety.people.RoleScope;
import org.bigsociety.people.VerificationLevel;
import org.bigsociety.people.account.EmailAddress;
import org.bigsociety.place.AreaId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verification by an officer who saw evidence of the address in person. The officer finds the account only by the
 * exact email address the resident gives them (no listing or searching of people) and only accounts whose postcode lies
 * in an area where they hold the officer role.
 */
@Service
public class OfficerChecks {

	static final int MAX_NOTE = 500;

	/** What the officer may see of the account they were given: enough to check it against the evidence. */
	public record Found(long id, String name, String postcode, VerificationLevel level) {
	}

	/** The account found, or the message key saying why not. */
	public record Lookup(Found found, String problem) {
	}

	private record Home(PersonId person, String name, String postcode, Long area) {
	}

	private final JdbcClient jdbc;
	private final People people;
	private final ResidenceVerifications verifications;

	OfficerChecks(JdbcClient jdbc, People people, ResidenceVerifications verifications) {
		this.jdbc = jdbc;
		this.people = people;
		this.verifications = verifications;
	}

	/** Finds the live account with exactly this address, if it lives in the officer's area. */
	public Lookup find(PersonId officer, String typedEmail) {
		if (typedEmail == null || typedEmail.isBlank()) {
			return new Lookup(null, "people.check.email.missing");
		}
		EmailAddress email = EmailAddress.parseOrNull(typedEmail);
		if (email == null) {
			return new Lookup(null, "people.check.email.invalid");
		}
		Optional<Home> home = jdbc.sql("""
				SELECT id, display_name, postcode, area_id FROM people.account
				WHERE email = :email AND deleted_at IS NULL""")
			.param("email", email.value())
			.query((rs, n) -> {
				long area = rs.getLong("area_id");
				Long placed = rs.wasNull() ? null : area;
				return new Home(new PersonId(rs.getLong("id")), rs.getString("display_name"), rs.getString("postcode"),
						placed);
			})
			.optional();
		return lookup(officer, home);
	}

	/** Records that the officer saw this evidence for the account's current postcode. */
	@Transactional
	public Map<String, String> record(PersonId officer, long personId, String evidenceName, String note) {
		Map<String, String> errors = new LinkedHashMap<>();
		Lookup lookup = lookup(officer, lockHome(personId));
		if (lookup.found() == null) {
			errors.put("evidence", lookup.problem());
			return errors;
		}
		Evidence evidence = Evidence.parseOrNull(evidenceName);
		if (evidence == null) {
			errors.put("evidence", "people.check.evidence.missing");
		}
		String text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > MAX_NOTE) {
			errors.put("note", "people.check.note.tooLong");
		}
		if (!errors.isEmpty()) {
			return errors;
		}
		verifications.recordOfficer(new PersonId(personId), lookup.found().postcode(), officer, evidence, text);
		return errors;
	}

	/** The account again by its number, as the officer may see it; for showing the form again after a problem. */
	public Lookup again(PersonId officer, long personId) {
		return lookup(officer, jdbc.sql("""
				SELECT id, display_name, postcode, area_id FROM people.account
				WHERE id = :id AND deleted_at IS NULL""")
			.param("id", personId)
			.query((rs, n) -> {
				long area = rs.getLong("area_id");
				Long placed = rs.wasNull() ? null : area;
				return new Home(new PersonId(rs.getLong("id")), rs.getString("display_name"), rs.getString("postcode"),
						placed);
			})
			.optional());
	}

	private Lookup lookup(PersonId officer, Optional<Home> home) {
		if (home.isEmpty()) {
			return new Lookup(null, "people.check.notFound");
		}
		if (home.get().area() == null) {
			return new Lookup(null, "people.check.noPostcode");
		}
		if (!people.holds(officer, Role.OFFICER, RoleScope.area(new AreaId(home.get().area())))) {
			return new Lookup(null, "people.check.outsideArea");
		}
		Home h = home.get();
		return new Lookup(new Found(h.person().value(), h.name(), h.postcode(), verifications.levelAt(h.person(),
				h.postcode())), null);
	}

	private Optional<Home> lockHome(long personId) {
		return jdbc.sql("""
				SELECT id, display_name, postcode, area_id FROM people.account
				WHERE id = :id AND deleted_at IS NULL FOR UPDATE""")
			.param("id", personId)
			.query((rs, n) -> {
				long area = rs.getLong("area_id");
				Long placed = rs.wasNull() ? null : area;
				return new Home(new PersonId(rs.getLong("id")), rs.getString("display_name"), rs.getString("postcode"),
						placed);
			})
			.optional();
	}
}
