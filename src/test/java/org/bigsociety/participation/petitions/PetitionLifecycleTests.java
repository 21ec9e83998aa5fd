package org.bigsociety.participation.petitions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.bigsociety.IntegrationTest;
import org.bigsociety.participation.PetitionId;
import org.bigsociety.place.Area;
import org.bigsociety.place.Places;
import org.bigsociety.platform.RateLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A petition from start to answer: a resident starts it, five supporters confirm, a moderator accepts it, signatures
 * reach the ward's response threshold and start the clock, an officer responds, and every confirmed signer is mailed
 * the response, which goes on the public record.
 */
@IntegrationTest
class PetitionLifecycleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PetitionStore store;

	@Autowired
	PetitionMail mail;

	@Autowired
	Places places;

	@Autowired
	Clock clock;

	@Autowired
	Signatures signatures;

	@Autowired
	Petitions petitions;

	@Autowired
	ThresholdWatch watch;

	@Autowired
	RateLimits limits;

	@Autowired
	Moderation moderation;

	PetitionFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new PetitionFixtures(mvc, jdbc, store, mail, places, clock);
	}

	@AfterEach
	void tearDown() {
		limits.reset();
	}

	@Test
	void aPetitionIsStartedSupportedAcceptedAnsweredAndTheAnswerMailedToSigners() throws Exception {
		Area ward = fixtures.wardOf("E8 1DY");
		String gss = ward.gssCode().orElseThrow().value();

		// An officer for Hackney sets the ward's thresholds (this test's petition is the only one for the ward).
		Cookie officer = fixtures.demoSession("officer");
		mvc.perform(post("/petitions/thresholds/" + gss).cookie(officer).with(csrf())
			.param("response", "7").param("debate", "9"))
			.andExpect(redirectedUrl("/petitions/thresholds/" + gss + "?saved"));

		Cookie resident = fixtures.demoSession("resident");
		String title = "Plant fruit trees on every street in the ward " + java.util.UUID.randomUUID().toString().substring(0, 6);
		MvcResult created = mvc.perform(post("/petitions/new").cookie(resident).with(csrf())
			.param("title", title)
			.param("background", "Fruit trees feed people and birds, and shade the pavement in summer.")
			.param("details", "")
			.param("postcode", "E8 1DY")
			.param("area", Long.toString(ward.id().value())))
			.andExpect(status().is3xxRedirection()).andReturn();
		PetitionId petition = new PetitionId(Long.parseLong(
				created.getResponse().getRedirectedUrl().replace("/petitions/yours?created=", "")));
		Petition collecting = store.find(petition).orElseThrow();
		assertThat(collecting.state()).isEqualTo(PetitionState.COLLECTING_SUPPORT);
		mvc.perform(get("/petitions/" + petition)).andExpect(status().isNotFound());

		List<String> signers = new ArrayList<>();
		for (int i = 0; i < Petition.SUPPORTERS_NEEDED; i++) {
			String email = PetitionFixtures.uniqueEmail();
			signers.add(email);
			mvc.perform(post("/petitions/" + petition + "/sign").with(csrf())
				.with(PetitionFixtures.from(PetitionFixtures.newAddress()))
				.param("name", "Supporter " + i).param("email", email).param("postcode", "E8 1DY")
				.param("declared", "true").param("support", collecting.supportToken()))
				.andExpect(status().is3xxRedirection());
			assertThat(fixtures.latestMailTo(email)).contains("support");
			fixtures.confirm(fixtures.confirmationLink(email));
		}
		assertThat(store.find(petition).orElseThrow().state()).isEqualTo(PetitionState.AWAITING_MODERATION);

		Cookie moderator = fixtures.demoSession("moderator");
		mvc.perform(post("/petitions/moderation/" + petition).cookie(moderator).with(csrf())
			.param("decision", "accept").param("note", ""))
			.andExpect(redirectedUrl("/petitions/moderation?decided=" + petition));
		assertThat(store.find(petition).orElseThrow().state()).isEqualTo(PetitionState.OPEN);
		mvc.perform(get("/petitions/" + petition)).andExpect(status().isOk());

		for (int i = 0; i < 2; i++) {
			String email = PetitionFixtures.uniqueEmail();
			signers.add(email);
			fixtures.signAndConfirm(petition, email, "E8 1DY", PetitionFixtures.newAddress());
		}
		String unconfirmed = PetitionFixtures.uniqueEmail();
		fixtures.sign(petition, unconfirmed);
		assertThat(signatures.count(petition)).isEqualTo(7);

		watch.check(store.find(petition).orElseThrow());
		Petition reached = store.find(petition).orElseThrow();
		assertThat(reached.responseDueFrom()).isNotNull();
		petitions.evict(petition);
		String due = petitions.responseDueBy(reached.responseDueFrom()).toString();
		mvc.perform(get("/petitions/" + petition + ".json"))
			.andExpect(jsonPath("$.signatures").value(7))
			.andExpect(jsonPath("$.thresholds.response").value(7))
			.andExpect(jsonPath("$.responseClock.dueBy").value(due));
		fixtures.awaitRecord("petition/" + petition + "/response-due");

		mvc.perform(post("/petitions/" + petition + "/respond").cookie(officer).with(csrf()).param("response", ""))
			.andExpect(status().isOk());
		mvc.perform(post("/petitions/" + petition + "/respond").cookie(officer).with(csrf())
			.param("response", "We will plant forty fruit trees this winter."))
			.andExpect(redirectedUrl("/petitions/" + petition + "?responded"));
		for (String signer : signers) {
			assertThat(fixtures.latestMailTo(signer)).as(signer).contains("We will plant forty fruit trees");
		}
		assertThat(fixtures.latestMailTo(unconfirmed)).doesNotContain("We will plant forty fruit trees");
		mvc.perform(get("/petitions/" + petition + ".json"))
			.andExpect(jsonPath("$.response.text").value("We will plant forty fruit trees this winter."));
		String fact = fixtures.awaitRecord("petition/" + petition + "/responded");
		assertThat(fact).doesNotContain("@");
		mvc.perform(post("/petitions/" + petition + "/respond").cookie(officer).with(csrf())
			.param("response", "A second answer")).andExpect(status().isOk());
	}

	@Test
	void aPetitionWaitsForItsFifthSupporterBeforeAModeratorSeesIt() throws Exception {
		PetitionId petition = fixtures.collectingSupport(fixtures.demoPerson("resident"),
				"Open the school playgrounds at weekends " + java.util.UUID.randomUUID().toString().substring(0, 6),
				"Children need somewhere to play.");
		String supportLink = store.find(petition).orElseThrow().supportToken();
		var moderator = fixtures.demoPerson("moderator");

		for (int i = 1; i < Petition.SUPPORTERS_NEEDED; i++) {
			String email = PetitionFixtures.uniqueEmail();
			assertThat(fixtures.support(petition, supportLink, email).getResponse().getStatus()).isEqualTo(302);
			fixtures.confirm(fixtures.confirmationLink(email));
		}
		assertThat(signatures.count(petition)).isEqualTo(Petition.SUPPORTERS_NEEDED - 1);
		Petition four = store.find(petition).orElseThrow();
		assertThat(four.state()).as("four supporters").isEqualTo(PetitionState.COLLECTING_SUPPORT);
		assertThat(four.submittedAt()).isNull();
		assertThat(moderation.queue(moderator)).extracting(Petition::id).doesNotContain(petition);

		// A fifth signs but has not yet confirmed: that does not count either.
		String fifth = PetitionFixtures.uniqueEmail();
		fixtures.support(petition, supportLink, fifth);
		assertThat(store.find(petition).orElseThrow().state()).isEqualTo(PetitionState.COLLECTING_SUPPORT);

		fixtures.confirm(fixtures.confirmationLink(fifth));
		Petition five = store.find(petition).orElseThrow();
		assertThat(five.state()).as("five supporters").isEqualTo(PetitionState.AWAITING_MODERATION);
		assertThat(five.submittedAt()).isNotNull();
		assertThat(moderation.queue(moderator)).extracting(Petition::id).contains(petition);
	}
}
