package org.bigsociety.participation.budgets;

import org.bigsociety.IntegrationTest;
import org.bigsociety.TestClock;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.Area;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class BudgetPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	BudgetRounds rounds;

	@Autowired
	Places places;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Test
	void theDemoRoundIsOpenForVotes() throws Exception {
		mvc.perform(get("/budgets"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hackney Neighbourhood Fund 2026")));
		mvc.perform(get("/budgets/1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Safer crossing by Gayhurst School")))
			.andExpect(content().string(containsString("Method of Equal Shares")))
			.andExpect(content().string(containsString("/budgets/1/ballot")));
	}

	@Test
	void theDemoAlsoHasAFinishedRoundWithExplainedResultsAndDelivery() throws Exception {
		mvc.perform(get("/budgets/2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hackney Neighbourhood Fund 2025")))
			.andExpect(content().string(containsString("Funded: it was number 1 in the order the rule chose projects.")))
			.andExpect(content().string(containsString("Not funded: the people who voted for it")))
			.andExpect(content().string(containsString("Ordered and booked in")));
		assertThat(rounds.round(2).orElseThrow().ballotHash()).matches("[0-9a-f]{64}");
	}

	@Test
	void aLargeRoundIsShownAPageAtATime() throws Exception {
		Area hackney = places.byGssCode(new GssCode("E09000012")).orElseThrow();
		PersonId officer = BudgetFixtures.person(jdbc, hackney.id().value(), "OFFICER");
		long round = BudgetFixtures.round(rounds, officer, clock, "APPROVAL", "greedy-votes", 1_000_000_00L, 1, 5);
		for (int i = 1; i <= 120; i++) {
			assertThat(rounds.propose(officer, round, "Project number " + i, "Summary", 100_00)).isEmpty();
		}

		mvc.perform(get("/budgets/" + round + "?page=3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Page 3 of 3: 120 projects in all.")))
			.andExpect(content().string(containsString("Project number 120<")))
			.andExpect(content().string(not(containsString("Project number 1<"))))
			.andExpect(content().string(containsString("Previous page")));
		mvc.perform(get("/budgets/" + round + "?page=99"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Page 3 of 3")));
	}

	@Test
	void resultsExplainWhyEachProjectWasOrWasNotFunded() throws Exception {
		Area hackney = places.byGssCode(new GssCode("E09000012")).orElseThrow();
		PersonId officer = BudgetFixtures.person(jdbc, hackney.id().value(), "OFFICER");
		long round = BudgetFixtures.round(rounds, officer, clock, "APPROVAL", "greedy-votes", 100_00, 1, 2);
		rounds.propose(officer, round, "Popular", "Everyone wants it", 80_00);
		rounds.propose(officer, round, "Too big now", "Also wanted", 50_00);
		rounds.propose(officer, round, "Unloved", "Nobody wants it", 30_00);
		BudgetFixtures.advance(rounds, officer, round);
		rounds.projects(round).forEach(p -> rounds.review(officer, round, p.id(), p.costPence(), "FEASIBLE", ""));
		BudgetFixtures.advance(rounds, officer, round);
		long popular = rounds.projects(round).get(0).id();
		long tooBig = rounds.projects(round).get(1).id();
		for (int i = 0; i < 2; i++) {
			PersonId voter = BudgetFixtures.person(jdbc, hackney.id().value(), null);
			assertThat(rounds.vote(voter, round, java.util.List.of(popular, tooBig), 1, 1, 1980)).isEmpty();
		}
		BudgetFixtures.advance(rounds, officer, round);

		mvc.perform(get("/budgets/" + round))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Funded: it was number 1 in the order the rule chose projects.")))
			.andExpect(content().string(containsString("Not funded: when its turn came, what was left of the budget was less than its cost.")))
			.andExpect(content().string(containsString("Not funded: nobody voted for it.")));
		mvc.perform(get("/budgets/" + round + "/round.pb"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("budget-round-" + round + ".pb")))
			.andExpect(content().string(containsString("vote_type;approval")));
	}

	@Test
	void aBallotWithLettersForADateIsShownAgainWithTheProblem() throws Exception {
		jakarta.servlet.http.Cookie session = mvc.perform(post("/sign-in").with(csrf())
			.with(request -> {
				request.setRemoteAddr("10.202.0." + (int) (Math.random() * 250));
				return request;
			})
			.param("email", "moderator@demo.bigsociety.org.uk")
			.param("password", "demo-password")).andReturn().getResponse().getCookie("SESSION");

		assertThat(session).isNotNull();

		mvc.perform(post("/budgets/1/ballot").with(csrf()).cookie(session)
			.param("projects", "1")
			.param("birthDay", "soon")
			.param("birthMonth", "June")
			.param("birthYear", "1990"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter your date of birth, for example 27 3 2007")))
			.andExpect(content().string(containsString("value=\"soon\"")));
		assertThat(rounds.ballot(new PersonId(jdbc.sql("SELECT id FROM people.account WHERE email = :e")
			.param("e", "moderator@demo.bigsociety.org.uk").query(Long.class).single()), 1)).isEmpty();
	}

	@Test
	void anUnknownRoundIsNotFound() throws Exception {
		mvc.perform(get("/budgets/999999999")).andExpect(status().isNotFound());
	}
}
