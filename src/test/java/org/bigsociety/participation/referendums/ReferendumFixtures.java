package org.bigsociety.participation.referendums;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.bigsociety.people.PersonId;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** People and votes for referendum tests, each with unique values. */
final class ReferendumFixtures {

	static final String HACKNEY = "E09000012";
	static final String HACKNEY_WICK = "E05009374";
	static final String BROWNSWOOD = "E05009367";

	private ReferendumFixtures() {
	}

	/**
	 * A live, confirmed account living in the area, its residence verified by a letter (a referendum's roll holds
	 * verified residents only), holding the role there if one is given. Written straight into the people schema: a
	 * test shortcut the application itself never takes.
	 */
	static PersonId person(JdbcClient jdbc, Places places, String gss, String role) {
		PersonId person = selfDeclared(jdbc, places, gss, role);
		jdbc.sql("""
				INSERT INTO people.residence_verification (person_id, level, postcode, verified_at)
				VALUES (:person, 'VERIFIED_BY_LETTER', 'E9 6AA', now())""")
			.param("person", person.value())
			.update();
		return person;
	}

	/** As {@link #person}, but the residence only self-declared. */
	static PersonId selfDeclared(JdbcClient jdbc, Places places, String gss, String role) {
		long area = places.byGssCode(new GssCode(gss)).orElseThrow().id().value();
		long id = jdbc.sql("""
				INSERT INTO people.account (email, display_name, postcode, area_id, email_confirmed_at, created_at)
				VALUES (:email, 'Referendum Tester', 'E9 6AA', :area, now(), now()) RETURNING id""")
			.param("email", "referendum-" + UUID.randomUUID() + "@example.org")
			.param("area", area)
			.query(Long.class)
			.single();
		if (role != null) {
			jdbc.sql("""
					INSERT INTO people.role_grant (person_id, role, scope_type, scope_id, granted_at)
					VALUES (:person, :role, 'AREA', :area, now())""")
				.param("person", id)
				.param("role", role)
				.param("area", area)
				.update();
		}
		return new PersonId(id);
	}

	static Referendums.Details referendum(Clock clock, String gss, String level, int percent, int turnout) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), Referendums.LONDON);
		return new Referendums.Details("REFERENDUM", gss, "Test referendum " + UUID.randomUUID(), "Why we ask.", today,
				today.plusDays(7), percent, turnout, level, List.of(), 1, 1);
	}

	static Referendums.Details poll(Clock clock, String gss, String level, List<String> options, int min, int max) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), Referendums.LONDON);
		return new Referendums.Details("POLL", gss, "Test poll " + UUID.randomUUID(), "", today, today.plusDays(7), 50,
				0, level, options, min, max);
	}

	static long created(Referendums referendums, PersonId officer, Referendums.Details details) {
		Referendums.Created created = referendums.create(officer, details);
		assertThat(created.errors()).isEmpty();
		return created.id();
	}

	static long opened(Referendums referendums, PersonId officer, Referendums.Details details) {
		long id = created(referendums, officer, details);
		assertThat(referendums.open(officer, id)).isEmpty();
		return id;
	}
}
