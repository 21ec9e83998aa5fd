package org.bigsociety.people;

import jakarta.servlet.http.Cookie;

import org.bigsociety.IntegrationTest;
import org.bigsociety.platform.RateLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AdministrationTests {

	static final String ADMIN = "admin@demo.bigsociety.org.uk";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RateLimits limits;

	@Autowired
	People directory;

	PeopleFixtures people;

	@BeforeEach
	void setUp() {
		people = new PeopleFixtures(mvc, jdbc);
	}

	@AfterEach
	void tearDown() {
		limits.reset();
	}

	@Test
	void demoSignInsExistForEveryRole() throws Exception {
		for (String who : new String[] { "resident", "organiser", "broker", "groupadmin", "officer", "moderator", "admin" }) {
			assertThat(people.signIn(who + "@demo.bigsociety.org.uk", "demo-password").getResponse().getRedirectedUrl())
				.as(who).isEqualTo("/account");
		}
		assertThat(jdbc.sql("SELECT count(*) FROM people.account WHERE email LIKE '%@example.org' AND password_hash IS NULL")
			.query(Long.class).single()).isGreaterThanOrEqualTo(300);
	}

	@Test
	void administratorGrantsAndRevokesARole() throws Exception {
		String email = PeopleFixtures.uniqueEmail();
		long id = people.confirmedPerson(email);
		Cookie admin = people.session(ADMIN, "demo-password");

		mvc.perform(get("/admin/people").cookie(admin).param("q", email.substring(0, 15)))
			.andExpect(status().isOk()).andExpect(content().string(containsString(email)));
		mvc.perform(post("/admin/people/" + id + "/roles").cookie(admin).with(csrf())
			.param("role", "ORGANISER").param("scopeType", "ORGANISATION").param("scopeId", "42"))
			.andExpect(redirectedUrl("/admin/people/" + id));
		assertThat(directory.holds(new PersonId(id), Role.ORGANISER, RoleScope.organisation(42))).isTrue();
		assertThat(directory.holds(new PersonId(id), Role.ORGANISER, RoleScope.organisation(43))).isFalse();

		Cookie person = people.session(email, PeopleFixtures.PASSWORD);
		mvc.perform(get("/api/v1/me").cookie(person))
			.andExpect(jsonPath("$.roles[0].role").value("ORGANISER"))
			.andExpect(jsonPath("$.roles[0].scopeType").value("ORGANISATION"))
			.andExpect(jsonPath("$.roles[0].scopeId").value(42));

		long grant = jdbc.sql("SELECT id FROM people.role_grant WHERE person_id = :id").param("id", id)
			.query(Long.class).single();
		mvc.perform(post("/admin/people/" + id + "/roles/" + grant + "/revoke").cookie(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/people/" + id));
		assertThat(directory.holds(new PersonId(id), Role.ORGANISER, RoleScope.organisation(42))).isFalse();
	}

	@Test
	void anAreaRoleGrantedAndRevokedGoesOnThePublicRecordWithoutTheName() throws Exception {
		String email = PeopleFixtures.uniqueEmail();
		long id = people.confirmedPerson(email);
		Cookie admin = people.session(ADMIN, "demo-password");
		long hackney = jdbc.sql("SELECT id FROM place.areas WHERE gss_code = 'E09000012'").query(Long.class).single();

		mvc.perform(post("/admin/people/" + id + "/roles").cookie(admin).with(csrf())
			.param("role", "MODERATOR").param("scopeType", "AREA").param("scopeId", Long.toString(hackney)))
			.andExpect(redirectedUrl("/admin/people/" + id));
		long grant = jdbc.sql("SELECT id FROM people.role_grant WHERE person_id = :id").param("id", id)
			.query(Long.class).single();
		mvc.perform(post("/admin/people/" + id + "/roles/" + grant + "/revoke").cookie(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/people/" + id));

		for (String change : new String[] { "granted", "revoked" }) {
			String reference = "people/role-grant/" + grant + "/" + change;
			String summary = awaitRecorded(reference);
			assertThat(summary).contains("moderator").doesNotContain("Test Person").doesNotContain(email);
			assertThat(jdbc.sql("SELECT area_id FROM record.entry WHERE reference = :ref").param("ref", reference)
				.query(Long.class).single()).isEqualTo(hackney);
		}
	}

	private String awaitRecorded(String reference) throws InterruptedException {
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
		while (System.nanoTime() < deadline) {
			var summary = jdbc.sql("SELECT summary FROM record.entry WHERE reference = :ref").param("ref", reference)
				.query(String.class).optional();
			if (summary.isPresent()) {
				return summary.get();
			}
			Thread.sleep(50);
		}
		throw new AssertionError("Not recorded within 10 seconds: " + reference);
	}

	@Test
	void grantsAnAreaRoleByGssCodeAndThePersonSeesItByName() throws Exception {
		String email = PeopleFixtures.uniqueEmail();
		long id = people.confirmedPerson(email);
		Cookie admin = people.session(ADMIN, "demo-password");

		mvc.perform(post("/admin/people/" + id + "/roles").cookie(admin).with(csrf())
			.param("role", "ORGANISER").param("scopeType", "AREA").param("scopeId", "E09000012"))
			.andExpect(redirectedUrl("/admin/people/" + id));
		mvc.perform(get("/admin/people/" + id).cookie(admin))
			.andExpect(content().string(containsString("Area: Hackney")));
		mvc.perform(get("/account").cookie(people.session(email, PeopleFixtures.PASSWORD)))
			.andExpect(content().string(containsString("Community organiser, Hackney")));
	}

	@Test
	void refusesAnAreaThatDoesNotExist() throws Exception {
		String email = PeopleFixtures.uniqueEmail();
		long id = people.confirmedPerson(email);
		mvc.perform(post("/admin/people/" + id + "/roles").cookie(people.session(ADMIN, "demo-password")).with(csrf())
			.param("role", "OFFICER").param("scopeType", "AREA").param("scopeId", "999999999"))
			.andExpect(content().string(containsString("Enter a real area")));
		assertThat(jdbc.sql("SELECT count(*) FROM people.role_grant WHERE person_id = :id").param("id", id)
			.query(Long.class).single()).isZero();
	}

	@Test
	void refusesAScopeWithoutANumber() throws Exception {
		String email = PeopleFixtures.uniqueEmail();
		long id = people.confirmedPerson(email);
		mvc.perform(post("/admin/people/" + id + "/roles").cookie(people.session(ADMIN, "demo-password")).with(csrf())
			.param("role", "OFFICER").param("scopeType", "AREA").param("scopeId", "Hackney"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a real area by its GSS code or number")));
		assertThat(jdbc.sql("SELECT count(*) FROM people.role_grant WHERE person_id = :id").param("id", id)
			.query(Long.class).single()).isZero();
	}

	@Test
	void administratorCannotRevokeTheirOwnLastAdministratorRole() throws Exception {
		String email = PeopleFixtures.uniqueEmail();
		long id = people.confirmedPerson(email);
		Cookie admin = people.session(ADMIN, "demo-password");
		mvc.perform(post("/admin/people/" + id + "/roles").cookie(admin).with(csrf())
			.param("role", "ADMINISTRATOR").param("scopeType", "PLATFORM").param("scopeId", ""));
		assertThat(directory.holds(new PersonId(id), Role.OFFICER, RoleScope.area(new org.bigsociety.place.AreaId(7))))
			.as("a platform administrator holds everything").isTrue();

		Cookie newAdmin = people.session(email, PeopleFixtures.PASSWORD);
		long grant = jdbc.sql("SELECT id FROM people.role_grant WHERE person_id = :id").param("id", id)
			.query(Long.class).single();
		mvc.perform(post("/admin/people/" + id + "/roles/" + grant + "/revoke").cookie(newAdmin).with(csrf()))
			.andExpect(redirectedUrl("/admin/people/" + id));
		assertThat(directory.holds(new PersonId(id), Role.ADMINISTRATOR, RoleScope.platform())).isTrue();
	}

	@Test
	void nonAdministratorsCannotSeePeople() throws Exception {
		String email = PeopleFixtures.uniqueEmail();
		people.confirmedPerson(email);
		mvc.perform(get("/admin/people").cookie(people.session(email, PeopleFixtures.PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void findsOnlyPublicFieldsThroughTheFacade() throws Exception {
		String email = PeopleFixtures.uniqueEmail();
		long id = people.confirmedPerson(email);
		PersonSummary summary = directory.find(new PersonId(id)).orElseThrow();
		assertThat(summary.displayName()).isEqualTo("Test Person");
		assertThat(summary.bio()).isNull();
		assertThat(summary.toString()).doesNotContain(email);
		assertThat(directory.holds(new PersonId(id), Role.RESIDENT, RoleScope.platform())).isTrue();
		assertThat(directory.holds(new PersonId(id), Role.OFFICER, RoleScope.platform())).isFalse();
	}
}
