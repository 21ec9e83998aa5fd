package org.bigsociety.people;

import java.time.Duration;
import java.util.List;

import org.bigsociety.IntegrationTest;
import org.bigsociety.TestClock;
import org.bigsociety.platform.RateLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@RecordApplicationEvents
class AccountTests {

	@Autowired
	ApplicationEvents events;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	RateLimits limits;

	PeopleFixtures people;

	@BeforeEach
	void setUp() {
		people = new PeopleFixtures(mvc, jdbc);
	}

	@AfterEach
	void tearDown() {
		clock.reset();
		limits.reset();
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		mvc.perform(get("/account")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void showsAndEditsTheProfile() throws Exception {
		String email = PeopleFixtures.uniqueEmail();
		people.confirmedPerson(email);
		Cookie session = people.session(email, PeopleFixtures.PASSWORD);

		mvc.perform(get("/account").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString(email)))
			.andExpect(content().string(containsString("Test Person")));

		mvc.perform(post("/account/profile").cookie(session).with(csrf())
			.param("displayName", "Grace Hopper")
			.param("postcode", "e5 8bb")
			.param("skills", "gardening, DIY,, reading aloud")
			.param("interests", "litter picks")
			.param("bio", "Retired engineer.")
			.param("contactPreference", "EMAIL")
			.param("namePublic", "true")
			.param("skillsPublic", "true"))
			.andExpect(redirectedUrl("/account"));

		mvc.perform(get("/account").cookie(session))
			.andExpect(content().string(containsString("Grace Hopper")))
			.andExpect(content().string(containsString("gardening, DIY, reading aloud")))
			.andExpect(content().string(containsString("Retired engineer.")));
		assertThat(jdbc.sql("SELECT postcode FROM people.account WHERE email = :e").param("e", email)
			.query(String.class).single()).isEqualTo("E5 8BB");
	}

	@Test
	void refusesBadProfileChangesAndKeepsTheProfile() throws Exception {
		String email = PeopleFixtures.uniqueEmail();
		people.confirmedPerson(email);
		Cookie session = people.session(email, PeopleFixtures.PASSWORD);

		mvc.perform(post("/account/profile").cookie(session).with(csrf())
			.param("displayName", "")
			.param("postcode", "HELLO")
			.param("bio", "x".repeat(501))
			.param("skills", "y".repeat(41))
			.param("contactPreference", "PHONE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter your name")))
			.andExpect(content().string(containsString("Enter a real postcode")))
			.andExpect(content().string(containsString("About you must be 500 characters or fewer")))
			.andExpect(content().string(containsString("Each skill must be 40 characters or fewer")))
			.andExpect(content().string(containsString("Enter a phone number to be contacted by phone")));
		assertThat(jdbc.sql("SELECT display_name FROM people.account WHERE email = :e").param("e", email)
			.query(String.class).single()).isEqualTo("Test Person");
	}

	@Test
	void profileChangeWithoutCsrfTokenIsRefused() throws Exception {
		String email = PeopleFixtures.uniqueEmail();
		people.confirmedPerson(email);
		Cookie session = people.session(email, PeopleFixtures.PASSWORD);
		mvc.perform(post("/account/profile").cookie(session).param("displayName", "Forged").param("postcode", "E8 1DY")
			.param("contactPreference", "EMAIL")).andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT display_name FROM people.account WHERE email = :e").param("e", email)
			.query(String.class).single()).isEqualTo("Test Person");
	}

	@Test
	void resetsAForgottenPasswordOnceOnly() throws Exception {
		String email = PeopleFixtures.uniqueEmail();
		people.confirmedPerson(email);
		mvc.perform(post("/password/forgotten").with(csrf()).with(PeopleFixtures.fromNewAddress()).param("email", email))
			.andExpect(redirectedUrl("/password/sent"));
		String link = people.linkIn(email);
		mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString("Choose a new password")));
		String token = link.substring(link.indexOf("token=") + 6);

		mvc.perform(post("/password/reset").with(csrf()).param("token", token).param("password", "short"))
			.andExpect(content().string(containsString("Your password must be at least 10 characters")));
		mvc.perform(post("/password/reset").with(csrf()).param("token", token).param("password", "a brand new password"))
			.andExpect(redirectedUrl("/sign-in?reset"));
		assertThat(people.signIn(email, "a brand new password").getResponse().getRedirectedUrl()).isEqualTo("/account");

		mvc.perform(post("/password/reset").with(csrf()).param("token", token).param("password", "a third password here"))
			.andExpect(content().string(containsString("This link has expired or has already been used")));
		assertThat(people.signIn(email, "a third password here").getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error");
	}

	@Test
	void expiredResetLinkChangesNothing() throws Exception {
		String email = PeopleFixtures.uniqueEmail();
		people.confirmedPerson(email);
		mvc.perform(post("/password/forgotten").with(csrf()).with(PeopleFixtures.fromNewAddress()).param("email", email));
		String link = people.linkIn(email);
		String token = link.substring(link.indexOf("token=") + 6);
		clock.advance(Duration.ofMinutes(61));
		mvc.perform(get(link)).andExpect(content().string(containsString("This link has expired or has already been used")));
		mvc.perform(post("/password/reset").with(csrf()).param("token", token).param("password", "a brand new password"))
			.andExpect(content().string(containsString("This link has expired or has already been used")));
		clock.reset();
		assertThat(people.signIn(email, PeopleFixtures.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/account");
	}

	@Test
	void forgottenPasswordAnswersTheSameForUnknownAddresses() throws Exception {
		String unknown = PeopleFixtures.uniqueEmail();
		mvc.perform(post("/password/forgotten").with(csrf()).with(PeopleFixtures.fromNewAddress()).param("email", unknown))
			.andExpect(redirectedUrl("/password/sent"));
		assertThat(people.mailCount(unknown)).isZero();
	}

	@Test
	void resetLiftsTheLockout() throws Exception {
		String email = PeopleFixtures.uniqueEmail();
		people.confirmedPerson(email);
		for (int i = 0; i < 5; i++) {
			people.signIn(email, "wrong password");
		}
		mvc.perform(post("/password/forgotten").with(csrf()).with(PeopleFixtures.fromNewAddress()).param("email", email));
		String link = people.linkIn(email);
		mvc.perform(post("/password/reset").with(csrf()).param("token", link.substring(link.indexOf("token=") + 6))
			.param("password", "a brand new password")).andExpect(redirectedUrl("/sign-in?reset"));
		assertThat(people.signIn(email, "a brand new password").getResponse().getRedirectedUrl()).isEqualTo("/account");
	}

	@Test
	void tokenWorksForTheApiUntilRevoked() throws Exception {
		String email = PeopleFixtures.uniqueEmail();
		long id = people.confirmedPerson(email);
		Cookie session = people.session(email, PeopleFixtures.PASSWORD);

		String page = mvc.perform(post("/account/tokens").cookie(session).with(csrf()).param("name", "my script"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Copy it now")))
			.andReturn().getResponse().getContentAsString();
		String token = page.replaceAll("(?s).*id=\"new-token\">(bs_[A-Za-z0-9_-]+)<.*", "$1");
		assertThat(token).startsWith("bs_").hasSize(46);
		assertThat(jdbc.sql("SELECT count(*) FROM people.access_token WHERE token_hash = :t").param("t", token)
			.query(Long.class).single()).as("only the hash is stored").isZero();

		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.displayName").value("Test Person"))
			.andExpect(jsonPath("$.roles").isArray());
		mvc.perform(get("/account/tokens").cookie(session))
			.andExpect(content().string(containsString("my script")))
			.andExpect(content().string(not(containsString(token))));

		long tokenId = jdbc.sql("SELECT id FROM people.access_token WHERE person_id = :p").param("p", id)
			.query(Long.class).single();
		mvc.perform(post("/account/tokens/" + tokenId + "/revoke").cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/account/tokens"));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")));
	}

	@Test
	void apiNeedsAuthentication() throws Exception {
		mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")));
	}

	@Test
	void cannotRevokeSomeoneElsesToken() throws Exception {
		String owner = PeopleFixtures.uniqueEmail();
		long ownerId = people.confirmedPerson(owner);
		mvc.perform(post("/account/tokens").cookie(people.session(owner, PeopleFixtures.PASSWORD)).with(csrf())
			.param("name", "theirs"));
		long tokenId = jdbc.sql("SELECT id FROM people.access_token WHERE person_id = :p").param("p", ownerId)
			.query(Long.class).single();

		String intruder = PeopleFixtures.uniqueEmail();
		people.confirmedPerson(intruder);
		mvc.perform(post("/account/tokens/" + tokenId + "/revoke").cookie(people.session(intruder, PeopleFixtures.PASSWORD))
			.with(csrf())).andExpect(status().isNotFound());
		assertThat(jdbc.sql("SELECT revoked_at IS NULL FROM people.access_token WHERE id = :id").param("id", tokenId)
			.query(Boolean.class).single()).isTrue();
	}

	@Test
	void exportsTheProfileWithoutHashes() throws Exception {
		String email = PeopleFixtures.uniqueEmail();
		long id = people.confirmedPerson(email);
		Cookie session = people.session(email, PeopleFixtures.PASSWORD);
		mvc.perform(post("/account/tokens").cookie(session).with(csrf()).param("name", "exported"));
		String hash = jdbc.sql("SELECT password_hash FROM people.account WHERE id = :id").param("id", id)
			.query(String.class).single();
		List<String> tokenHashes = jdbc.sql("""
				SELECT token_hash FROM people.access_token WHERE person_id = :id
				UNION ALL SELECT token_hash FROM people.one_time_token WHERE person_id = :id""")
			.param("id", id).query(String.class).list();

		String json = mvc.perform(get("/account/export").cookie(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(jsonPath("$.account.id").value(id))
			.andExpect(jsonPath("$.account.email").value(email))
			.andExpect(jsonPath("$.account.displayName").value("Test Person"))
			.andExpect(jsonPath("$.accessTokens[0].name").value("exported"))
			.andReturn().getResponse().getContentAsString();
		assertThat(json).doesNotContain(hash).doesNotContain("password");
		tokenHashes.forEach(tokenHash -> assertThat(json).doesNotContain(tokenHash));
	}

	@Test
	void deletingErasesPersonalDataKeepsTheIdAndSignsOut() throws Exception {
		String email = PeopleFixtures.uniqueEmail();
		long id = people.confirmedPerson(email);
		Cookie session = people.session(email, PeopleFixtures.PASSWORD);
		Cookie otherBrowser = people.session(email, PeopleFixtures.PASSWORD);

		mvc.perform(post("/account/delete").cookie(session).with(csrf()).param("password", "not my password"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Enter your current password")));
		mvc.perform(post("/account/delete").cookie(session).with(csrf()).param("password", PeopleFixtures.PASSWORD))
			.andExpect(redirectedUrl("/account-deleted"));

		var row = jdbc.sql("SELECT display_name, email, password_hash, postcode, deleted_at FROM people.account WHERE id = :id")
			.param("id", id).query().singleRow();
		assertThat(row.get("display_name")).isEqualTo("Deleted account");
		assertThat(row.get("email")).isEqualTo("deleted-" + id);
		assertThat(row.get("password_hash")).isNull();
		assertThat(row.get("postcode")).isNull();
		assertThat(row.get("deleted_at")).isNotNull();
		assertThat(people.signIn(email, PeopleFixtures.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error");
		mvc.perform(get("/account").cookie(session)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/account").cookie(otherBrowser)).andExpect(redirectedUrl("/sign-in"));
		mvc.perform(get("/account-deleted")).andExpect(content().string(containsString("Your account has been deleted")));
		assertThat(events.stream(AccountDeleted.class)).containsExactly(new AccountDeleted(new PersonId(id)));
	}
}
