package org.bigsociety.people.verification;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;

import org.bigsociety.IntegrationTest;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.VerificationLevel;
import org.bigsociety.place.Places;
import org.bigsociety.place.Postcode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The demo's verified residences, and the budget ballot asking an unverified resident to verify. */
@IntegrationTest
class VerificationDemoTests {

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Places places;

	private VerificationLevel level(long person) {
		return people.residence(new PersonId(person)).orElseThrow().level();
	}

	@Test
	void theDemoResidentIsVerifiedByLetterSoTheyCanVote() {
		long resident = jdbc.sql("SELECT id FROM people.account WHERE email = 'resident@demo.bigsociety.org.uk'")
			.query(Long.class).single();
		assertThat(level(resident)).isEqualTo(VerificationLevel.VERIFIED_BY_LETTER);
	}

	@Test
	void mostMadeUpResidentsAreVerifiedByLetterSomeByAnOfficerAndSomeOnlySelfDeclared() {
		List<Long> residents = jdbc.sql("""
				SELECT id FROM people.account WHERE email LIKE '%@example.org' AND password_hash IS NULL
				ORDER BY id LIMIT 300""").query(Long.class).list();
		Map<VerificationLevel, Long> levels = residents.stream()
			.map(this::level)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(levels.get(VerificationLevel.VERIFIED_BY_LETTER)).isGreaterThan(150);
		assertThat(levels.get(VerificationLevel.VERIFIED_BY_OFFICER)).isBetween(5L, 60L);
		assertThat(levels.get(VerificationLevel.SELF_DECLARED)).isBetween(5L, 60L);
	}

	@Test
	void everyDemoBallotComesFromAVerifiedResident() {
		// Reads the participation schema only to find the demo's voters; a test's look across, never the app's.
		List<Long> voters = jdbc.sql("SELECT DISTINCT voter_id FROM participation.budget_ballot WHERE round_id IN (1, 2) AND voter_id IS NOT NULL")
			.query(Long.class).list();
		assertThat(voters).isNotEmpty();
		assertThat(voters).allSatisfy(voter -> assertThat(level(voter)).isIn(VerificationLevel.VERIFIED_BY_LETTER,
				VerificationLevel.VERIFIED_BY_OFFICER));
	}

	@Test
	void theBallotSendsAResidentWhoseAddressIsNotVerifiedToVerifyIt() throws Exception {
		String email = VerificationFixtures.uniqueEmail();
		long area = places.locate(Postcode.parse("E8 1DY")).orElseThrow().smallest().id().value();
		VerificationFixtures.person(jdbc, email, "E8 1DY", area);
		MvcResult signIn = mvc.perform(post("/sign-in").with(csrf()).with(request -> {
			request.setRemoteAddr("10.78.0.1");
			return request;
		}).param("email", email).param("password", "demo-password")).andReturn();
		Cookie session = signIn.getResponse().getCookie("SESSION");
		String ballot = mvc.perform(get("/budgets/1/ballot").cookie(session)).andReturn().getResponse()
			.getContentAsString();
		assertThat(ballot).contains("a ballot needs your address confirmed").contains("href=\"/account/verify\"");
	}
}
