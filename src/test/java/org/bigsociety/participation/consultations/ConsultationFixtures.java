package org.bigsociety.participation.consultations;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.bigsociety.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** People and consultations for tests, each with unique values. */
final class ConsultationFixtures {

	static final String DRAFT = """
			# First section
			The first paragraph says one thing.

			The second paragraph says another.

			# Second section
			The third paragraph is alone here.
			""";

	private ConsultationFixtures() {
	}

	/**
	 * An account living in the area (or nowhere, if null), email confirmed or not, holding the role there if one is
	 * given. Written straight into the people schema: a test shortcut the application itself never takes.
	 */
	static PersonId person(JdbcClient jdbc, Long areaId, boolean confirmed, String role) {
		long id = jdbc.sql("""
				INSERT INTO people.account (email, display_name, postcode, area_id, email_confirmed_at, created_at)
				VALUES (:email, 'Consultation Tester', CASE WHEN CAST(:area AS BIGINT) IS NULL THEN NULL ELSE 'E8 1DY' END,
				    CAST(:area AS BIGINT), CASE WHEN CAST(:confirmed AS BOOLEAN) THEN now() END, now()) RETURNING id""")
			.param("email", "consult-" + UUID.randomUUID() + "@example.org")
			.param("area", areaId)
			.param("confirmed", confirmed)
			.query(Long.class)
			.single();
		if (role != null) {
			jdbc.sql("""
					INSERT INTO people.role_grant (person_id, role, scope_type, scope_id, granted_at)
					VALUES (:person, :role, 'AREA', :area, now())""")
				.param("person", id)
				.param("role", role)
				.param("area", areaId)
				.update();
		}
		return new PersonId(id);
	}

	static PersonId resident(JdbcClient jdbc, long areaId) {
		return person(jdbc, areaId, true, null);
	}

	static String emailOf(JdbcClient jdbc, PersonId person) {
		return jdbc.sql("SELECT email FROM people.account WHERE id = :id").param("id", person.value())
			.query(String.class)
			.single();
	}

	/** Every mail sent to the person's address, oldest first, each as its subject, a newline and its body. */
	static List<String> mailsTo(JdbcClient jdbc, PersonId person) {
		return mailsTo(jdbc, emailOf(jdbc, person));
	}

	static List<String> mailsTo(JdbcClient jdbc, String email) {
		return jdbc.sql("""
				SELECT subject || E'\\n' || body FROM platform.outbox WHERE lower(recipient) = lower(:to)
				ORDER BY id""")
			.param("to", email)
			.query(String.class)
			.list();
	}

	/** A published consultation for Hackney, open from today for the given days. */
	static long open(Consultations consultations, PersonId officer, LocalDate today, int days) {
		Consultations.Saved saved = consultations.draft(officer, new Consultations.Details("E09000012",
				"Test consultation " + UUID.randomUUID(), "A summary", DRAFT, today, today.plusDays(days)));
		assertThat(saved.errors()).isEmpty();
		assertThat(consultations.publish(officer, saved.id())).isEmpty();
		return saved.id();
	}
}
