package org.bigsociety.people;

import jakarta.servlet.http.Cookie;

import org.bigsociety.IntegrationTest;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.bigsociety.place.Postcode;
import org.bigsociety.platform.RateLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** With the place module present, accounts are placed in their ward and area roles reach the wards inside. */
@IntegrationTest
class NeighbourhoodTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Places places;

	@Autowired
	People directory;

	@Autowired
	RateLimits limits;

	@AfterEach
	void tearDown() {
		limits.reset();
	}

	@Test
	void registrationPlacesThePersonInTheWardOfTheirPostcode() throws Exception {
		PeopleFixtures people = new PeopleFixtures(mvc, jdbc);
		String email = PeopleFixtures.uniqueEmail();
		long id = people.confirmedPerson(email);
		var ward = places.locate(Postcode.parse("E8 1DY")).orElseThrow().smallest();

		assertThat(directory.find(new PersonId(id)).orElseThrow().area()).isEqualTo(ward.id());
		Cookie session = people.session(email, PeopleFixtures.PASSWORD);
		mvc.perform(get("/account").cookie(session)).andExpect(content().string(containsString(ward.name())));
	}

	@Test
	void aRegisteredPostcodeIsASelfDeclaredResidenceUntilChecked() throws Exception {
		PeopleFixtures people = new PeopleFixtures(mvc, jdbc);
		PersonId person = new PersonId(people.confirmedPerson(PeopleFixtures.uniqueEmail()));
		var ward = places.locate(Postcode.parse("E8 1DY")).orElseThrow().smallest();

		Residence residence = directory.residence(person).orElseThrow();
		assertThat(residence.area()).isEqualTo(ward.id());
		assertThat(residence.level()).isEqualTo(VerificationLevel.SELF_DECLARED);
		assertThat(residence.emailConfirmed()).isTrue();
		assertThat(residence.atLeast(VerificationLevel.SELF_DECLARED)).isTrue();
		assertThat(residence.atLeast(VerificationLevel.VERIFIED_BY_LETTER)).isFalse();
		assertThat(directory.residence(new PersonId(Long.MAX_VALUE))).isEmpty();
	}

	@Test
	void anOfficerForHackneyHoldsTheRoleInItsWards() {
		long officer = jdbc.sql("SELECT id FROM people.account WHERE email = 'officer@demo.bigsociety.org.uk'")
			.query(Long.class).single();
		var hackney = places.byGssCode(new GssCode("E09000012")).orElseThrow();
		var ward = places.locate(Postcode.parse("E8 1DY")).orElseThrow().smallest();

		assertThat(directory.holds(new PersonId(officer), Role.OFFICER, RoleScope.area(hackney.id()))).isTrue();
		assertThat(directory.holds(new PersonId(officer), Role.OFFICER, RoleScope.area(ward.id()))).isTrue();
		assertThat(directory.holds(new PersonId(officer), Role.OFFICER, RoleScope.platform())).isFalse();
		assertThat(directory.holds(new PersonId(officer), Role.MODERATOR, RoleScope.area(ward.id()))).isFalse();
	}

	@Test
	void findsPeopleLivingInAnAreaOrAnyAreaInsideIt() throws Exception {
		PeopleFixtures people = new PeopleFixtures(mvc, jdbc);
		PersonId person = new PersonId(people.confirmedPerson(PeopleFixtures.uniqueEmail()));
		var hackney = places.byGssCode(new GssCode("E09000012")).orElseThrow();
		var ward = places.locate(Postcode.parse("E8 1DY")).orElseThrow().smallest();
		var elsewhere = places.byGssCode(new GssCode("E09000033")).orElseThrow();

		assertThat(directory.livingIn(ward.id(), 100_000)).contains(person);
		assertThat(directory.livingIn(hackney.id(), 100_000)).contains(person);
		assertThat(directory.livingIn(elsewhere.id(), 100_000)).doesNotContain(person);
		assertThat(directory.livingIn(hackney.id(), 5)).hasSize(5);
	}

	@Test
	void mailsAPersonWithoutTellingTheCallerTheirAddress() throws Exception {
		PeopleFixtures people = new PeopleFixtures(mvc, jdbc);
		String email = PeopleFixtures.uniqueEmail();
		PersonId person = new PersonId(people.confirmedPerson(email));

		assertThat(directory.sendMail(person, "Your exchange", "Thank you for helping.")).isTrue();
		assertThat(directory.sendMail(new PersonId(999_999_999L), "Nobody", "Nothing")).isFalse();
		assertThat(jdbc.sql("SELECT count(*) FROM platform.outbox WHERE recipient = :to AND subject = 'Your exchange'")
			.param("to", email).query(Long.class).single()).isEqualTo(1);
	}
}
