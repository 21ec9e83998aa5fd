package org.bigsociety.participation.ideas;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.bigsociety.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** People and calls for ideas tests, each with unique values. */
final class IdeaFixtures {

	private IdeaFixtures() {
	}

	/**
	 * A live, confirmed account living in the area (or nowhere we know, for null), holding the role there if one is
	 * given. Written straight into the people schema: a test shortcut the application itself never takes.
	 */
	static PersonId person(JdbcClient jdbc, Long areaId, String role) {
		long id = jdbc.sql("""
				INSERT INTO people.account (email, display_name, postcode, area_id, email_confirmed_at, created_at)
				VALUES (:email, 'Ideas Tester', CASE WHEN CAST(:area AS BIGINT) IS NULL THEN NULL ELSE 'E8 1DY' END,
				    :area, now(), now()) RETURNING id""")
			.param("email", "ideas-" + UUID.randomUUID() + "@example.org")
			.param("area", areaId)
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

	/** An open Hackney call with two criteria (weights 3 and 1), ideas closing in 10 days, a weekend in 20. */
	static long call(IdeasCalls calls, PersonId officer, Clock clock, int capacity) {
		LocalDate today = LocalDate.now(clock.withZone(IdeasCalls.LONDON));
		IdeasCalls.Created created = calls.create(officer, new IdeasCalls.CallDetails("E09000012",
				"Test call " + UUID.randomUUID(), "A challenge", today.plusDays(10), today.plusDays(20),
				"The Town Hall", capacity, List.of(new IdeasCalls.CriterionDetails("Impact", "Good done", 3),
						new IdeasCalls.CriterionDetails("Novelty", "", 1))));
		assertThat(created.errors()).isEmpty();
		return created.id();
	}

	static long idea(IdeasCalls calls, PersonId author, long call) {
		IdeasCalls.Created created = calls.submit(author, call, "Idea " + UUID.randomUUID(), "A problem",
				"A proposal", "Everyone");
		assertThat(created.errors()).isEmpty();
		return created.id();
	}
}
