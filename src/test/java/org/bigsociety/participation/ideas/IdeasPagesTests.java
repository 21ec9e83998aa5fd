package org.bigsociety.participation.ideas;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.bigsociety.IntegrationTest;
import org.bigsociety.TestClock;
import org.bigsociety.groups.GroupsFixtures;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigsociety.groups.GroupsFixtures.getAs;
import static org.bigsociety.groups.GroupsFixtures.postAs;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class IdeasPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdeasCalls calls;

	@Autowired
	Places places;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	TestClock clock;

	GroupsFixtures fixtures;
	PersonId officer;

	@BeforeEach
	void fixtures() {
		fixtures = new GroupsFixtures(mvc, jdbc, passwords);
		officer = IdeaFixtures.person(jdbc, places.byGssCode(new GssCode("E09000012")).orElseThrow().id().value(),
				"OFFICER");
	}

	@Test
	void theDemoShowsCallsInEveryPhase() throws Exception {
		mvc.perform(get("/ideas"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ideas for a greener Hackney")))
			.andExpect(content().string(containsString("Ideas for a kinder winter")))
			.andExpect(content().string(containsString("Hackney street ideas 2025")));
		mvc.perform(get("/ideas/1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("How the panel ranked the ideas")))
			.andExpect(content().string(containsString("Shortlisted although it ranked fifth")))
			.andExpect(content().string(containsString("12 of 40 places taken")));
		mvc.perform(get("/ideas/2/ideas/11"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Warm welcome in libraries")))
			.andExpect(content().string(not(containsString("?invite="))));
		mvc.perform(get("/ideas/3/ideas/21"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Funded with £4,500")));
	}

	@Test
	void unknownCallsAndIdeasAreNotFound() throws Exception {
		mvc.perform(get("/ideas/999999")).andExpect(status().isNotFound());
		mvc.perform(get("/ideas/1/ideas/11")).andExpect(status().isNotFound());
		mvc.perform(get("/ideas/not-a-number")).andExpect(status().is4xxClientError());
	}

	@Test
	void aResidentSubmitsAnIdeaFixingAnErrorFirst() throws Exception {
		long call = IdeaFixtures.call(calls, officer, clock, 40);
		GroupsFixtures.Neighbour resident = fixtures.neighbour("Idea Author");

		mvc.perform(postAs(resident.session(), "/ideas/" + call + "/new").param("title", "")
			.param("problem", "Bins overflow").param("proposal", "x".repeat(3001)).param("beneficiaries", "All"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("href=\"#title\"")))
			.andExpect(content().string(containsString("href=\"#proposal\"")))
			.andExpect(content().string(containsString("Bins overflow")));
		assertThat(calls.ideas(call)).isEmpty();

		MvcResult done = mvc.perform(postAs(resident.session(), "/ideas/" + call + "/new").param("title", "Bin buddies")
			.param("problem", "Bins overflow").param("proposal", "Neighbours adopt a bin").param("beneficiaries", "All"))
			.andExpect(redirectedUrlPattern("/ideas/" + call + "/ideas/*"))
			.andReturn();
		mvc.perform(getAs(resident.session(), done.getResponse().getRedirectedUrl()))
			.andExpect(content().string(containsString("Bin buddies")))
			.andExpect(content().string(containsString("?invite=")))
			.andExpect(content().string(containsString("Idea Author (started the idea)")));
	}

	@Test
	void supportingFromThePageCountsOnce() throws Exception {
		long call = IdeaFixtures.call(calls, officer, clock, 40);
		GroupsFixtures.Neighbour author = fixtures.neighbour("Author");
		long idea = IdeaFixtures.idea(calls, author.id(), call);
		GroupsFixtures.Neighbour supporter = fixtures.neighbour("Supporter");
		String path = "/ideas/" + call + "/ideas/" + idea;

		mvc.perform(postAs(supporter.session(), path + "/support")).andExpect(redirectedUrl(path));
		mvc.perform(postAs(supporter.session(), path + "/support")).andExpect(redirectedUrl(path));
		mvc.perform(getAs(supporter.session(), path))
			.andExpect(content().string(containsString("You support this idea.")))
			.andExpect(content().string(containsString("1 person")))
			.andExpect(content().string(containsString("Withdraw my support")));
	}

	@Test
	void onlyTheAuthorDecidesAboutTheTeamFromThePage() throws Exception {
		long call = IdeaFixtures.call(calls, officer, clock, 40);
		GroupsFixtures.Neighbour author = fixtures.neighbour("Author");
		GroupsFixtures.Neighbour asker = fixtures.neighbour("Asker");
		GroupsFixtures.Neighbour stranger = fixtures.neighbour("Stranger");
		long idea = IdeaFixtures.idea(calls, author.id(), call);
		String path = "/ideas/" + call + "/ideas/" + idea;
		mvc.perform(postAs(asker.session(), path + "/join")).andExpect(redirectedUrl(path));

		mvc.perform(postAs(stranger.session(), path + "/team").param("person", Long.toString(asker.id().value()))
			.param("decision", "ACCEPT")).andExpect(status().isForbidden());
		mvc.perform(postAs(author.session(), path + "/team").param("person", "abc").param("decision", "ACCEPT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("That person has not asked to join this team")));
		assertThat(calls.team(idea)).singleElement().satisfies(m -> assertThat(m.member()).isFalse());

		mvc.perform(postAs(author.session(), path + "/team").param("person", Long.toString(asker.id().value()))
			.param("decision", "ACCEPT")).andExpect(redirectedUrl(path));
		assertThat(calls.team(idea)).singleElement().satisfies(m -> assertThat(m.member()).isTrue());
	}

	@Test
	void aJudgeSeesOnlyTheirOwnScoresUntilJudgingCloses() throws Exception {
		long callId = IdeaFixtures.call(calls, officer, clock, 40);
		GroupsFixtures.Neighbour author = fixtures.neighbour("Author");
		long idea = IdeaFixtures.idea(calls, author.id(), callId);
		GroupsFixtures.Neighbour first = fixtures.neighbour("First Judge");
		GroupsFixtures.Neighbour second = fixtures.neighbour("Second Judge");
		String code = calls.call(callId).panelCode();
		mvc.perform(postAs(first.session(), "/ideas/" + callId + "/panel").param("code", code))
			.andExpect(redirectedUrl("/ideas/" + callId + "/judging"));
		mvc.perform(postAs(second.session(), "/ideas/" + callId + "/panel").param("code", "wrong"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The invitation code is not right")));
		calls.joinPanel(second.id(), callId, code);
		assertThat(calls.advance(officer, callId, "OPEN")).isEmpty();
		List<Criterion> criteria = calls.criteria(callId);
		String sheet = "/ideas/" + callId + "/judging/" + idea;

		mvc.perform(postAs(first.session(), sheet).param("score-" + criteria.get(0).id(), "9"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#score-" + criteria.get(0).id() + "\"")))
			.andExpect(content().string(containsString("href=\"#score-" + criteria.get(1).id() + "\"")))
			.andExpect(content().string(containsString("Choose a score from 0 to 5 for Novelty")));
		assertThat(calls.ownScores(first.id(), callId)).isEmpty();
		mvc.perform(postAs(first.session(), sheet).param("score-" + criteria.get(0).id(), "5")
			.param("score-" + criteria.get(1).id(), "4").param("comment-" + criteria.get(0).id(), "Bold"))
			.andExpect(redirectedUrl("/ideas/" + callId + "/judging"));

		// 5×3 + 4×1 = 19 of 20
		mvc.perform(getAs(first.session(), "/ideas/" + callId + "/judging"))
			.andExpect(content().string(containsString("19 of 20")));
		mvc.perform(getAs(second.session(), "/ideas/" + callId + "/judging"))
			.andExpect(content().string(containsString("Not scored yet")))
			.andExpect(content().string(not(containsString("19 of 20"))));
		mvc.perform(getAs(second.session(), sheet))
			.andExpect(content().string(not(containsString("Bold"))));
		mvc.perform(getAs(first.session(), "/ideas/" + callId))
			.andExpect(content().string(not(containsString("How the panel ranked the ideas"))));
		mvc.perform(getAs(fixtures.neighbour("Not a judge").session(), sheet))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("not on this call")));
	}

	@Test
	void anOfficerIsToldWhatIsWrongWithANewCall() throws Exception {
		Cookie demoOfficer = fixtures.demo("officer");

		mvc.perform(postAs(demoOfficer, "/ideas/new").param("areaCode", "E09000012").param("title", "A call")
			.param("challenge", "Challenge").param("closesDay", "31").param("closesMonth", "2").param("closesYear", "2030")
			.param("weekendCapacity", "lots").param("criterionName", "Impact").param("criterionWeight", "heavy"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#closesDay\"")))
			.andExpect(content().string(containsString("href=\"#weekendCapacity\"")))
			.andExpect(content().string(containsString("href=\"#criterion0Weight\"")))
			.andExpect(content().string(containsString("value=\"heavy\"")));
	}

	@Test
	void theOfficerManagesTheDemoCallAndResidentsCannot() throws Exception {
		mvc.perform(getAs(fixtures.demo("officer"), "/ideas/1/manage"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Build weekend sign-ups")));
		mvc.perform(getAs(fixtures.demo("resident"), "/ideas/1/manage")).andExpect(status().isForbidden());
	}
}
