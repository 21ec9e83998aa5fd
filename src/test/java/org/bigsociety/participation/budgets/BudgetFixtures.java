package org.bigsociety.participation.budgets;

import java.time.LocalDate;
import java.time.Clock;
import java.util.UUID;

import org.bigsociety.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** People and rounds for budgeting tests, each with unique values. */
final class BudgetFixtures {

	private BudgetFixtures() {
	}

	/**
	 * A live, confirmed account living in the area (verified by letter), holding the role there if one is given. Written straight into the
	 * people schema: a test shortcut the application itself never takes.
	 */
	static PersonId person(JdbcClient jdbc, long areaId, String role) {
		PersonId person = unverifiedPerson(jdbc, areaId, role);
		jdbc.sql("""
				INSERT INTO people.residence_verification (person_id, level, postcode, verified_at)
				VALUES (:person, 'VERIFIED_BY_LETTER', 'E8 1DY', now())""")
			.param("person", person.value())
			.update();
		return person;
	}

	/** Like {@link #person}, but living there only by their own word: no letter or officer has verified it. */
	static PersonId unverifiedPerson(JdbcClient jdbc, long areaId, String role) {
		long id = jdbc.sql("""
				INSERT INTO people.account (email, display_name, postcode, area_id, email_confirmed_at, created_at)
				VALUES (:email, 'Budget Tester', 'E8 1DY', :area, now(), now()) RETURNING id""")
			.param("email", "budget-" + UUID.randomUUID() + "@example.org")
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

	static long round(BudgetRounds rounds, PersonId officer, Clock clock, String kind, String rule, long budgetPence,
			int min, int max) {
		BudgetRounds.Created created = rounds.create(officer, new BudgetRounds.RoundDetails("E09000012",
				"Test round " + UUID.randomUUID(), "", budgetPence, rule, kind, min, max, 16,
				LocalDate.now(clock).plusDays(30)));
		assertThat(created.errors()).isEmpty();
		return created.id();
	}

	static void advance(BudgetRounds rounds, PersonId officer, long round) {
		assertThat(rounds.advance(officer, round, rounds.round(round).orElseThrow().phase().name())).isEmpty();
	}
}
