package org.bigsociety.participation.referendums;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.bigsociety.IntegrationTest;
import org.bigsociety.TestClock;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.Places;
import org.bigsociety.platform.RateLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ReferendumPagesTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Autowired
	RateLimits rateLimits;

	@Autowired
	Referendums referendums;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Places places;

	@AfterEach
	void realTimeAndFreshAllowances() {
		clock.reset();
		rateLimits.reset();
	}

	@Test
	void theDemoHasACountedReferendumAndAnOpenPoll() throws Exception {
		mvc.perform(get("/referendums"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Should the Hackney Wick Community Right to Build order come into force?")))
			.andExpect(content().string(containsString("What should the council do first to make Hackney&#39;s streets greener?")));
		mvc.perform(get("/referendums/1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Counted")))
			.andExpect(content().string(containsString("The referendum passed.")))
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("Turnout")))
			.andExpect(content().string(containsString("Hash of the ballot set")));
		mvc.perform(get("/referendums/2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sign in to vote")))
			.andExpect(content().string(containsString("The results appear here once the vote has closed")));
	}

	@Test
	void theCountedBallotsArePublishedAndMatchTheHash() throws Exception {
		Referendum counted = referendums.find(1).orElseThrow();
		String ballots = mvc.perform(get("/referendums/1/ballots.txt"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(ballots.lines().count()).isEqualTo(counted.ballots().longValue());
		assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
			.digest(ballots.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).isEqualTo(counted.ballotHash());
		mvc.perform(get("/referendums/1.json"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"ballotHash\":\"" + counted.ballotHash() + "\"")))
			.andExpect(content().string(containsString("\"simpleMajority\":true")));
		mvc.perform(get("/referendums/2/ballots.txt")).andExpect(status().isNotFound());
	}

	@Test
	void unknownAndMalformedAddressesAreNotFoundOrBad() throws Exception {
		mvc.perform(get("/referendums/999999999")).andExpect(status().isNotFound());
		mvc.perform(get("/referendums/abc")).andExpect(status().is4xxClientError());
		mvc.perform(get("/referendums/999999999/vote-with-card")).andExpect(status().isNotFound());
		mvc.perform(get("/referendums/999999999.json")).andExpect(status().isNotFound());
	}

	@Test
	void anOfficerRunsAReferendumAndResidentsVoteOnlineAndByCard() throws Exception {
		Cookie officer = session("officer");
		Cookie resident = session("resident");
		LocalDate today = LocalDate.ofInstant(clock.instant(), Referendums.LONDON);
		LocalDate closes = today.plusDays(3);

		mvc.perform(post("/referendums/new").with(csrf()).cookie(officer)
			.param("kind", "REFERENDUM")
			.param("areaCode", "E09000012")
			.param("question", "")
			.param("opensDay", "31").param("opensMonth", "2").param("opensYear", "2027")
			.param("verification", "SELF_DECLARED")
			.param("majority", "SUPER").param("passPercent", "lots").param("minimumTurnout", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("href=\"#question\"")))
			.andExpect(content().string(containsString("href=\"#opensDay\"")))
			.andExpect(content().string(containsString("href=\"#passPercent\"")));

		String question = "Should the pages test pass " + UUID.randomUUID() + "?";
		MvcResult created = mvc.perform(post("/referendums/new").with(csrf()).cookie(officer)
			.param("kind", "REFERENDUM")
			.param("areaCode", "E09000012")
			.param("question", question)
			.param("explanation", "First paragraph.\n\nSecond paragraph.")
			.param("opensDay", String.valueOf(today.getDayOfMonth()))
			.param("opensMonth", String.valueOf(today.getMonthValue()))
			.param("opensYear", String.valueOf(today.getYear()))
			.param("closesDay", String.valueOf(closes.getDayOfMonth()))
			.param("closesMonth", String.valueOf(closes.getMonthValue()))
			.param("closesYear", String.valueOf(closes.getYear()))
			.param("verification", "VERIFIED_BY_LETTER")
			.param("majority", "SIMPLE").param("passPercent", "75").param("minimumTurnout", "0"))
			.andExpect(redirectedUrlPattern("/referendums/*/manage"))
			.andReturn();
		String manage = created.getResponse().getRedirectedUrl();
		String page = manage.replace("/manage", "");

		mvc.perform(get(page)).andExpect(status().isNotFound());
		mvc.perform(post(manage + "/open").with(csrf()).cookie(resident)).andExpect(status().isForbidden());
		mvc.perform(post(manage + "/open").with(csrf()).cookie(officer)).andExpect(redirectedUrl(manage));

		mvc.perform(get(page).cookie(resident))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(page + "/vote")));
		mvc.perform(post(page + "/vote").with(csrf()).cookie(resident))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#choice\"")));
		mvc.perform(post(page + "/vote").with(csrf()).cookie(resident).param("choice", "1"))
			.andExpect(redirectedUrl(page));
		mvc.perform(post(page + "/vote").with(csrf()).cookie(resident).param("choice", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You have already voted")));

		MvcResult issued = mvc.perform(post(manage + "/cards").with(csrf()).cookie(officer)
			.param("who", "NEW").param("count", "2"))
			.andExpect(redirectedUrlPattern(manage + "/cards/*"))
			.andReturn();
		String cards = issued.getResponse().getRedirectedUrl();
		String sheet = mvc.perform(get(cards).cookie(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/css/referendums/cards.css")))
			.andReturn().getResponse().getContentAsString();
		Matcher code = Pattern.compile("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}").matcher(sheet);
		assertThat(code.find()).isTrue();
		String first = code.group();
		mvc.perform(post(cards + "/printed").with(csrf()).cookie(officer)).andExpect(redirectedUrl(manage));
		mvc.perform(get(cards).cookie(officer)).andExpect(content().string(not(containsString(first))));

		mvc.perform(post(page + "/vote-with-card").with(csrf()).with(fromItsOwnAddress())
			.param("code", "AAAA-BBBB-CCCC-DDDD").param("choice", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("That code is not a poll card for this referendum")));
		mvc.perform(post(page + "/vote-with-card").with(csrf()).with(fromItsOwnAddress())
			.param("code", first).param("choice", "2"))
			.andExpect(redirectedUrl(page));
		mvc.perform(post(page + "/vote-with-card").with(csrf()).with(fromItsOwnAddress())
			.param("code", first).param("choice", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("That poll card has already been used")));

		mvc.perform(post(manage + "/count").with(csrf()).cookie(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The vote has not closed yet")));
		clock.advance(Duration.ofDays(4));
		// The scheduled clock, on the same moved clock, may count it first; either way the page then shows the result.
		assertThat(mvc.perform(post(manage + "/count").with(csrf()).cookie(officer)).andReturn().getResponse().getStatus())
			.isIn(200, 302);
		mvc.perform(get(page))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Counted")))
			.andExpect(content().string(containsString("The referendum did not pass.")))
			.andExpect(content().string(containsString("50.0%")));
	}

	@Test
	void rulesAndEligibilityAreExplainedInWords() throws Exception {
		PersonId officer = ReferendumFixtures.person(jdbc, places, ReferendumFixtures.HACKNEY, "OFFICER");
		long referendum = ReferendumFixtures.opened(referendums, officer,
				ReferendumFixtures.referendum(clock, ReferendumFixtures.HACKNEY, "VERIFIED_BY_OFFICER", 75, 30));
		long poll = ReferendumFixtures.opened(referendums, officer, ReferendumFixtures.poll(clock,
				ReferendumFixtures.HACKNEY, "VERIFIED_BY_OFFICER", List.of("Mornings", "Evenings"), 1, 1));
		Cookie resident = session("resident");
		mvc.perform(get("/referendums/" + referendum).cookie(resident))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("at least 75% of the votes say yes, and at least 30% of the roll votes")))
			.andExpect(content().string(containsString("You are not on the roll for this referendum.")))
			.andExpect(content().string(containsString("Vote with a poll card")));
		mvc.perform(get("/referendums/" + poll).cookie(resident))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"You cannot vote in this poll: it is for residents whose address is verified by an officer in Hackney.")));
		mvc.perform(get("/referendums/" + poll + "/vote").cookie(resident))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You cannot vote in this poll")));
	}

	@Test
	void cardGuessingIsRateLimitedPerAddress() throws Exception {
		RequestPostProcessor oneAddress = fromItsOwnAddress();
		for (int i = 0; i < 10; i++) {
			mvc.perform(post("/referendums/1/vote-with-card").with(csrf()).with(oneAddress)
				.param("code", "AAAA-BBBB-CCCC-DDDD").param("choice", "1"))
				.andExpect(status().isOk());
		}
		mvc.perform(post("/referendums/1/vote-with-card").with(csrf()).with(oneAddress)
			.param("code", "AAAA-BBBB-CCCC-DDDD").param("choice", "1"))
			.andExpect(status().isTooManyRequests());
	}

	@Test
	void hugeAndOddInputsGetClearAnswers() throws Exception {
		mvc.perform(post("/referendums/2/vote-with-card").with(csrf()).with(fromItsOwnAddress())
			.param("code", "x".repeat(100_000)).param("choice", "not a number"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This vote is not open")));
		Cookie resident = session("resident");
		mvc.perform(post("/referendums/2/vote").with(csrf()).cookie(resident)
			.param("choice", "99999999999999999999").param("choice", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose as many answers as the poll allows")));
	}

	private Cookie session(String who) throws Exception {
		Cookie session = mvc.perform(post("/sign-in").with(csrf()).with(fromItsOwnAddress())
			.param("email", who + "@demo.bigsociety.org.uk")
			.param("password", "demo-password")).andReturn().getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

	private static RequestPostProcessor fromItsOwnAddress() {
		int n = ADDRESSES.incrementAndGet();
		return request -> {
			request.setRemoteAddr("10.205." + (n >> 8 & 255) + "." + (n & 255));
			return request;
		};
	}
}
