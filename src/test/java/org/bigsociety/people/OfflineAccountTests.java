package org.bigsociety.people;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.bigsociety.IntegrationTest;
import org.bigsociety.people.account.AccountErasure;
import org.bigsociety.place.Postcode;
import org.bigsociety.platform.RateLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** People enrolled in person by a broker: no email, no password, placed from their postcode, erasable like anyone. */
@IntegrationTest
@RecordApplicationEvents
class OfflineAccountTests {

	@Autowired
	People people;

	@Autowired
	AccountErasure erasure;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RateLimits limits;

	@Autowired
	ApplicationEvents events;

	PeopleFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new PeopleFixtures(mvc, jdbc);
	}

	@AfterEach
	void tearDown() {
		limits.reset();
	}

	PersonId broker() {
		return new PersonId(jdbc.sql("SELECT id FROM people.account WHERE email = 'broker@demo.bigsociety.org.uk'")
			.query(Long.class).single());
	}

	static String uniqueName() {
		return "Offline " + UUID.randomUUID().toString().substring(0, 8);
	}

	long outboxSize() {
		return jdbc.sql("SELECT count(*) FROM platform.outbox").query(Long.class).single();
	}

	@Test
	void enrolsSomeoneWithoutEmailPlacedInTheirWardAndRecordsWhoEnrolledThem() {
		String name = uniqueName();
		PersonId person = people.enrolOffline("  " + name + " ", Postcode.parse("E8 1DY"), "020 7946 0000", broker());

		PersonSummary summary = people.find(person).orElseThrow();
		assertThat(summary.displayName()).isEqualTo(name);
		assertThat(summary.area()).isNotNull();
		Residence residence = people.residence(person).orElseThrow();
		assertThat(residence.area()).isEqualTo(summary.area());
		assertThat(residence.emailConfirmed()).isFalse();
		var row = jdbc.sql("""
				SELECT email, password_hash, email_confirmed_at, enrolled_by, phone, contact_preference, postcode
				FROM people.account WHERE id = :id""")
			.param("id", person.value())
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getObject(3), rs.getLong(4),
					rs.getString(5), rs.getString(6), rs.getString(7) })
			.single();
		assertThat(row).containsExactly(null, null, null, broker().value(), "020 7946 0000", "PHONE", "E8 1DY");
		assertThat(events.stream(PersonRegistered.class).filter(e -> e.person().equals(person))).hasSize(1);

		PersonId another = people.enrolOffline(uniqueName(), Postcode.parse("E5 0LL"), null, broker());
		assertThat(another).isNotEqualTo(person);
	}

	@Test
	void anOfflineAccountIsNeverMailed() {
		PersonId person = people.enrolOffline(uniqueName(), Postcode.parse("E8 1DY"), null, broker());
		long before = outboxSize();

		assertThat(people.sendMail(person, "Hello", "Anyone there?")).isFalse();

		assertThat(outboxSize()).isEqualTo(before);
	}

	@Test
	void anOfflineAccountCannotSignInNorAskForAPasswordReset() throws Exception {
		PersonId person = people.enrolOffline(uniqueName(), Postcode.parse("E8 1DY"), null, broker());
		assertThat(people.holds(person, Role.RESIDENT, RoleScope.platform())).isFalse();
		long before = outboxSize();

		for (String email : new String[] { "", "null", "deleted-" + person.value() }) {
			mvc.perform(post("/sign-in").with(csrf()).with(PeopleFixtures.fromNewAddress())
				.param("email", email).param("password", ""))
				.andExpect(redirectedUrl("/sign-in?error"));
			mvc.perform(post("/password/forgotten").with(csrf()).with(PeopleFixtures.fromNewAddress())
				.param("email", email));
		}

		assertThat(outboxSize()).isEqualTo(before);
	}

	@Test
	void refusesABadNameOrPhoneOrAnUnknownEnroller() {
		String name = uniqueName();
		Postcode postcode = Postcode.parse("E8 1DY");
		assertThatThrownBy(() -> people.enrolOffline(" ", postcode, null, broker()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> people.enrolOffline("x".repeat(81), postcode, null, broker()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> people.enrolOffline(name, postcode, "call me maybe", broker()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> people.enrolOffline(name, postcode, null, new PersonId(999_999_999L)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> people.enrolOffline(name, null, null, broker()))
			.isInstanceOf(IllegalArgumentException.class);

		assertThat(jdbc.sql("SELECT count(*) FROM people.account WHERE display_name = :name").param("name", name)
			.query(Long.class).single()).isZero();
	}

	@Test
	void erasesAnOfflineAccountLikeAnyOther() {
		PersonId person = people.enrolOffline(uniqueName(), Postcode.parse("E8 1DY"), "07700 900123", broker());

		erasure.delete(person);

		assertThat(people.find(person)).isEmpty();
		assertThat(people.residence(person)).isEmpty();
		var row = jdbc.sql("SELECT display_name, phone, postcode, area_id FROM people.account WHERE id = :id")
			.param("id", person.value())
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4) })
			.single();
		assertThat(row).containsExactly("Deleted account", null, null, null);
		assertThat(events.stream(AccountDeleted.class).filter(e -> e.person().equals(person))).hasSize(1);
	}

	@Test
	void administratorsSeeThatAnAccountWasEnrolledInPerson() throws Exception {
		String name = uniqueName();
		PersonId person = people.enrolOffline(name, Postcode.parse("E8 1DY"), null, broker());
		Cookie admin = fixtures.session(AdministrationTests.ADMIN, "demo-password");

		mvc.perform(get("/admin/people").cookie(admin).param("q", name))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No email (enrolled in person)")))
			.andExpect(content().string(containsString("Enrolled in person, cannot sign in")));
		mvc.perform(get("/admin/people/" + person.value()).cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("No email (enrolled in person)")));
	}

	@Test
	void anOfflineAccountGoesOnlineOnceThePersonChoosesAPasswordFromTheLinkSentToTheirNewAddress() throws Exception {
		String name = uniqueName();
		PersonId person = people.enrolOffline(name, Postcode.parse("E8 1DY"), null, broker());
		String email = PeopleFixtures.uniqueEmail();
		long before = outboxSize();

		assertThat(people.inviteOnline(person, "not an address", broker())).isEqualTo(OnlineInvitation.INVALID_ADDRESS);
		assertThat(people.inviteOnline(person, "broker@demo.bigsociety.org.uk", broker()))
			.isEqualTo(OnlineInvitation.ADDRESS_IN_USE);
		assertThat(outboxSize()).isEqualTo(before);
		assertThat(people.inviteOnline(person, " " + email.toUpperCase() + " ", broker()))
			.isEqualTo(OnlineInvitation.SENT);

		assertThat(fixtures.latestSubject(email)).isEqualTo("Set a password for your Big Society account");
		assertThat(fixtures.latestMail(email)).contains("Hello " + name).contains("Demo Broker");
		assertThat(people.sendMail(person, "Hello", "Not yet")).isFalse();
		mvc.perform(post("/sign-in").with(csrf()).with(PeopleFixtures.fromNewAddress())
			.param("email", email).param("password", PeopleFixtures.PASSWORD))
			.andExpect(redirectedUrl("/sign-in?error"));
		String link = fixtures.linkIn(email);
		String token = link.substring(link.indexOf("token=") + 6);
		mvc.perform(get(link)).andExpect(status().isOk());
		mvc.perform(post("/password/reset").with(csrf()).param("token", token)
			.param("password", PeopleFixtures.PASSWORD)).andExpect(redirectedUrl("/sign-in?reset"));

		Cookie session = fixtures.session(email, PeopleFixtures.PASSWORD);
		mvc.perform(get("/account").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
		assertThat(people.residence(person).orElseThrow().emailConfirmed()).isTrue();
		assertThat(people.sendMail(person, "Hello", "Now you are online")).isTrue();
		assertThat(people.inviteOnline(person, PeopleFixtures.uniqueEmail(), broker()))
			.isEqualTo(OnlineInvitation.NOT_OFFLINE);
	}

	@Test
	void onlyAccountsEnrolledInPersonAndNotYetOnlineCanBeInvited() throws Exception {
		String email = PeopleFixtures.uniqueEmail();
		PersonId registered = new PersonId(fixtures.confirmedPerson(email));
		assertThat(people.inviteOnline(registered, PeopleFixtures.uniqueEmail(), broker()))
			.isEqualTo(OnlineInvitation.NOT_OFFLINE);
		assertThat(people.inviteOnline(new PersonId(999_999_999L), PeopleFixtures.uniqueEmail(), broker()))
			.isEqualTo(OnlineInvitation.NOT_OFFLINE);
		PersonId gone = people.enrolOffline(uniqueName(), Postcode.parse("E8 1DY"), null, broker());
		erasure.delete(gone);
		assertThat(people.inviteOnline(gone, PeopleFixtures.uniqueEmail(), broker()))
			.isEqualTo(OnlineInvitation.NOT_OFFLINE);

		PersonId offline = people.enrolOffline(uniqueName(), Postcode.parse("E8 1DY"), null, broker());
		String first = PeopleFixtures.uniqueEmail();
		String second = PeopleFixtures.uniqueEmail();
		assertThat(people.inviteOnline(offline, first, broker())).isEqualTo(OnlineInvitation.SENT);
		String firstLink = fixtures.linkIn(first);
		assertThat(people.inviteOnline(offline, second, broker())).isEqualTo(OnlineInvitation.SENT);
		mvc.perform(get(firstLink)).andExpect(content().string(containsString("expired")));
		assertThat(jdbc.sql("SELECT email FROM people.account WHERE id = :id").param("id", offline.value())
			.query(String.class).single()).isEqualTo(second);
	}
}
