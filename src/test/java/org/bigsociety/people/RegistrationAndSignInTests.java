package org.bigsociety.people;

import org.bigsociety.IntegrationTest;
import org.bigsociety.TestClock;
import org.bigsociety.platform.RateLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class RegistrationAndSignInTests {

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
	void registersConfirmsByEmailAndSignsIn() throws Exception {
		String email = PeopleFixtures.uniqueEmail();
		MvcResult registered = people.register("Ada Lovelace", email.toUpperCase(), PeopleFixtures.PASSWORD);
		assertThat(registered.getResponse().getRedirectedUrl()).isEqualTo("/register/sent");
		assertThat(people.mailCount(email)).isEqualTo(1);
		assertThat(people.latestMail(email)).contains("http://localhost:8080/register/confirm?token=");

		assertThat(people.signIn(email, PeopleFixtures.PASSWORD).getResponse().getRedirectedUrl())
			.as("unconfirmed accounts cannot sign in").isEqualTo("/sign-in?error");

		mvc.perform(get(people.linkIn(email))).andExpect(redirectedUrl("/sign-in?confirmed"));
		mvc.perform(get("/sign-in?confirmed")).andExpect(content().string(containsString("Your email address is confirmed")));
		assertThat(people.signIn(email, PeopleFixtures.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/account");
		String hash = jdbc.sql("SELECT token_hash FROM people.one_time_token WHERE person_id = :id")
			.param("id", people.personId(email)).query(String.class).single();
		assertThat(people.latestMail(email)).doesNotContain(hash);
	}

	@Test
	void confirmationLinkWorksOnlyOnce() throws Exception {
		String email = PeopleFixtures.uniqueEmail();
		people.register("Once Only", email, PeopleFixtures.PASSWORD);
		String link = people.linkIn(email);
		mvc.perform(get(link)).andExpect(redirectedUrl("/sign-in?confirmed"));
		mvc.perform(get(link)).andExpect(status().isOk())
			.andExpect(content().string(containsString("This link has expired or has already been used")));
	}

	@Test
	void expiredConfirmationLinkConfirmsNothing() throws Exception {
		String email = PeopleFixtures.uniqueEmail();
		people.register("Too Late", email, PeopleFixtures.PASSWORD);
		clock.advance(java.time.Duration.ofHours(25));
		mvc.perform(get(people.linkIn(email)))
			.andExpect(content().string(containsString("This link has expired or has already been used")));
		assertThat(jdbc.sql("SELECT email_confirmed_at IS NULL FROM people.account WHERE email = :e")
			.param("e", email).query(Boolean.class).single()).isTrue();
	}

	@Test
	void duplicateRegistrationLooksTheSameSendsAWarningAndCreatesNothing() throws Exception {
		String email = PeopleFixtures.uniqueEmail();
		people.confirmedPerson(email);
		long accounts = jdbc.sql("SELECT count(*) FROM people.account").query(Long.class).single();

		MvcResult again = people.register("Someone Else", email, "another password here");

		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/register/sent");
		assertThat(people.latestSubject(email)).isEqualTo("Someone tried to create an account with your email address");
		assertThat(people.latestMail(email)).doesNotContain("token=");
		assertThat(jdbc.sql("SELECT count(*) FROM people.account").query(Long.class).single()).isEqualTo(accounts);
		assertThat(people.signIn(email, PeopleFixtures.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/account");
	}

	@Test
	void refusesBadRegistrationWithOneMessagePerProblem() throws Exception {
		String email = PeopleFixtures.uniqueEmail();
		mvc.perform(post("/register").with(csrf()).with(PeopleFixtures.fromNewAddress())
			.param("name", "")
			.param("email", email)
			.param("password", email)
			.param("postcode", "HELLO"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter your name")))
			.andExpect(content().string(containsString("Your password must not be your email address")))
			.andExpect(content().string(containsString("Enter a real postcode, like E8 1DY")))
			.andExpect(content().string(containsString("Confirm you have read the privacy notice")))
			.andExpect(content().string(containsString("href=\"#postcode\"")));
		assertThat(people.mailCount(email)).isZero();
	}

	@Test
	void registrationWithoutCsrfTokenIsRefusedAndCreatesNothing() throws Exception {
		String email = PeopleFixtures.uniqueEmail();
		mvc.perform(post("/register").with(PeopleFixtures.fromNewAddress())
			.param("name", "No Token")
			.param("email", email)
			.param("password", PeopleFixtures.PASSWORD)
			.param("postcode", "E8 1DY")
			.param("agree", "true"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT count(*) FROM people.account WHERE email = :e").param("e", email)
			.query(Long.class).single()).isZero();
	}

	@Test
	void wrongPasswordGivesTheGenericError() throws Exception {
		String email = PeopleFixtures.uniqueEmail();
		people.confirmedPerson(email);
		assertThat(people.signIn(email, "not the password").getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error");
		mvc.perform(get("/sign-in?error"))
			.andExpect(content().string(containsString("Enter a correct email address and password")));
	}

	@Test
	void fiveFailuresLockTheAccountAndUnknownAddressesAnswerTheSame() throws Exception {
		String email = PeopleFixtures.uniqueEmail();
		people.confirmedPerson(email);
		String unknown = PeopleFixtures.uniqueEmail();
		for (int attempt = 1; attempt <= 6; attempt++) {
			String known = people.signIn(email, "wrong password " + attempt).getResponse().getRedirectedUrl();
			String stranger = people.signIn(unknown, "wrong password " + attempt).getResponse().getRedirectedUrl();
			assertThat(stranger).as("attempt %d", attempt).isEqualTo(known);
		}
		assertThat(people.signIn(email, PeopleFixtures.PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/sign-in?locked");
		assertThat(people.signIn(unknown, PeopleFixtures.PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/sign-in?locked");

		clock.advance(java.time.Duration.ofMinutes(16));
		assertThat(people.signIn(email, PeopleFixtures.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/account");
	}

	@Test
	void successResetsTheFailureCount() throws Exception {
		String email = PeopleFixtures.uniqueEmail();
		people.confirmedPerson(email);
		for (int i = 0; i < 4; i++) {
			people.signIn(email, "wrong password");
		}
		assertThat(people.signIn(email, PeopleFixtures.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/account");
		for (int i = 0; i < 4; i++) {
			people.signIn(email, "wrong password");
		}
		assertThat(people.signIn(email, PeopleFixtures.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/account");
	}

	@Test
	void tooManyRegistrationsFromOneAddressAreRefused() throws Exception {
		limits.reset();
		var address = PeopleFixtures.fromNewAddress();
		for (int i = 0; i < 10; i++) {
			mvc.perform(post("/register").with(csrf()).with(address).param("name", "")).andExpect(status().isOk());
		}
		mvc.perform(post("/register").with(csrf()).with(address).param("name", ""))
			.andExpect(status().isTooManyRequests());
	}

	@Test
	void tooManySignInsFromOneAddressAreRefusedBeforeAnyPasswordIsChecked() throws Exception {
		limits.reset();
		var address = PeopleFixtures.fromNewAddress();
		for (int i = 0; i < 30; i++) {
			mvc.perform(post("/sign-in").with(csrf()).with(address).param("email", "x" + i + "@example.net")
				.param("password", "wrong password")).andExpect(status().is3xxRedirection());
		}
		mvc.perform(post("/sign-in").with(csrf()).with(address).param("email", "y@example.net")
			.param("password", "wrong password")).andExpect(status().isTooManyRequests());
	}
}
