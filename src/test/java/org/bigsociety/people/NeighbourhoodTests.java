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
}
