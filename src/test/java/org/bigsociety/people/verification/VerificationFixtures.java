package org.bigsociety.people.verification;

import java.util.UUID;

import org.bigsociety.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Accounts for verification tests, each with a unique address. */
final class VerificationFixtures {

	static final String PASSWORD_HASH_OF_DEMO_PASSWORD_SQL = """
			SELECT password_hash FROM people.account WHERE email = 'resident@demo.bigsociety.org.uk'""";

	private VerificationFixtures() {
	}

	static String uniqueEmail() {
		return "verify-" + UUID.randomUUID().toString().substring(0, 12) + "@example.net";
	}

	/**
	 * A live, confirmed account at the postcode (placed in the area given, or unplaced if null), signing in with the
	 * demo password. Written straight into the table: a test shortcut the application itself never takes.
	 */
	static PersonId person(JdbcClient jdbc, String email, String postcode, Long areaId) {
		String hash = jdbc.sql(PASSWORD_HASH_OF_DEMO_PASSWORD_SQL).query(String.class).single();
		long id = jdbc.sql("""
				INSERT INTO people.account (email, display_name, password_hash, postcode, area_id, email_confirmed_at,
				    created_at)
				VALUES (:email, 'Verify Tester', :hash, :postcode, :area, now(), now()) RETURNING id""")
			.param("email", email)
			.param("hash", hash)
			.param("postcode", postcode)
			.param("area", areaId)
			.query(Long.class)
			.single();
		return new PersonId(id);
	}

	static void moveTo(JdbcClient jdbc, PersonId person, String postcode, Long areaId) {
		jdbc.sql("UPDATE people.account SET postcode = :postcode, area_id = :area WHERE id = :id")
			.param("postcode", postcode)
			.param("area", areaId)
			.param("id", person.value())
			.update();
	}

	static void grantOfficer(JdbcClient jdbc, PersonId person, long areaId) {
		jdbc.sql("""
				INSERT INTO people.role_grant (person_id, role, scope_type, scope_id, granted_at)
				VALUES (:person, 'OFFICER', 'AREA', :area, now())""")
			.param("person", person.value())
			.param("area", areaId)
			.update();
	}
}
