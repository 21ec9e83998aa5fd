package org.bigsociety.participation.petitions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.bigsociety.IntegrationTest;
import org.bigsociety.participation.PetitionId;
import org.bigsociety.people.PersonId;
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
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A moderator strikes out signatures in bulk and sees the count before and after. */
@IntegrationTest
class InvalidationTests {

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
	Invalidations invalidations;

	@Autowired
	RateLimits limits;

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
	void moderatorPreviewsThenStrikesOutAFloodFromOneClientAddressAndSeesTheRecount() throws Exception {
		PetitionId petition = fixtures.openPetition();
		String flood = PetitionFixtures.newAddress();
		String domain = "flood-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		for (int i = 0; i < 3; i++) {
			fixtures.signAndConfirm(petition, "bot" + i + "@" + domain, "E8 1DY", flood);
		}
		String unconfirmed = "bot9@" + domain;
		fixtures.sign(petition, unconfirmed, "E8 1DY", flood);
		String unconfirmedLink = fixtures.confirmationLink(unconfirmed);
		fixtures.signAndConfirm(petition, PetitionFixtures.uniqueEmail(), "E5 0LL", PetitionFixtures.newAddress());
		fixtures.signAndConfirm(petition, PetitionFixtures.uniqueEmail(), "E9 6AA", PetitionFixtures.newAddress());
		assertThat(signatures.count(petition)).isEqualTo(5);
		Cookie moderator = fixtures.demoSession("moderator");
		String page = "/petitions/moderation/" + petition + "/signatures";

		MvcResult preview = mvc.perform(get(page).cookie(moderator).param("criterion", "ADDRESS").param("value", flood))
			.andExpect(status().isOk()).andReturn();
		Invalidations.Preview shown = (Invalidations.Preview) preview.getModelAndView().getModel().get("preview");
		assertThat(shown.countBefore()).isEqualTo(5);
		assertThat(shown.matching()).isEqualTo(4);
		assertThat(shown.matchingCounted()).isEqualTo(3);
		assertThat(shown.countAfter()).isEqualTo(2);
		assertThat(signatures.count(petition)).as("a preview changes nothing").isEqualTo(5);

		mvc.perform(post(page).cookie(moderator).with(csrf()).param("criterion", "ADDRESS").param("value", flood)
			.param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(model().attribute("errors", hasKey("reason")));
		assertThat(signatures.count(petition)).as("no reason, no change").isEqualTo(5);

		MvcResult done = mvc.perform(post(page).cookie(moderator).with(csrf()).param("criterion", "ADDRESS")
			.param("value", flood).param("reason", "Four signatures in a minute from one address"))
			.andExpect(status().is3xxRedirection()).andReturn();
		assertThat(done.getResponse().getRedirectedUrl()).startsWith(page + "?done=");
		assertThat(signatures.count(petition)).isEqualTo(2);

		Invalidations.Done recorded = invalidations.history(petition).get(0);
		assertThat(recorded.criterion()).isEqualTo(Invalidations.Criterion.ADDRESS);
		assertThat(recorded.value()).isEqualTo(flood);
		assertThat(recorded.invalidated()).isEqualTo(4);
		assertThat(recorded.invalidatedCounted()).isEqualTo(3);
		assertThat(recorded.countBefore()).isEqualTo(5);
		assertThat(recorded.countAfter()).isEqualTo(2);
		mvc.perform(get(done.getResponse().getRedirectedUrl()).cookie(moderator)).andExpect(status().isOk())
			.andExpect(model().attributeExists("done"));

		// A struck-out signature never counts again: not by its old link, not by signing again.
		fixtures.confirm(unconfirmedLink);
		long mailsBefore = fixtures.mailsTo("bot0@" + domain);
		fixtures.sign(petition, "BOT0+retry@" + domain.toUpperCase(), "E8 1DY", PetitionFixtures.newAddress());
		assertThat(fixtures.mailsTo("bot0@" + domain)).isEqualTo(mailsBefore);
		assertThat(signatures.count(petition)).isEqualTo(2);
		assertThat(fixtures.signatureRows(petition)).isEqualTo(6);
	}

	@Test
	void strikesOutByDomainPostcodeAndTimeWindow() throws Exception {
		PetitionId petition = fixtures.openPetition();
		String domain = "burst-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		fixtures.signAndConfirm(petition, "a@" + domain, "E8 1DY", PetitionFixtures.newAddress());
		fixtures.signAndConfirm(petition, "b+x@" + domain.toUpperCase(), "E8 1DY", PetitionFixtures.newAddress());
		fixtures.signAndConfirm(petition, PetitionFixtures.uniqueEmail(), "E5 0LL", PetitionFixtures.newAddress());
		fixtures.signAndConfirm(petition, PetitionFixtures.uniqueEmail(), "E5 0LL", PetitionFixtures.newAddress());
		String early = PetitionFixtures.uniqueEmail();
		fixtures.signAndConfirm(petition, early, "N16 0AB", PetitionFixtures.newAddress());
		String late = PetitionFixtures.uniqueEmail();
		fixtures.signAndConfirm(petition, late, "N16 0AB", PetitionFixtures.newAddress());
		Instant start = clock.instant().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);
		moveSigning(petition, early, start.plus(Duration.ofMinutes(10)));
		moveSigning(petition, late, start.plus(Duration.ofMinutes(90)));
		assertThat(signatures.count(petition)).isEqualTo(6);
		PersonId moderator = new PersonId(1);

		var byDomain = invalidations.invalidate(moderator, petition,
				new Invalidations.Selection(Invalidations.Criterion.DOMAIN, "@" + domain.toUpperCase(), null, null),
				"Throwaway domain");
		assertThat(byDomain.invalidated()).isEqualTo(2);
		assertThat(byDomain.countBefore()).isEqualTo(6);
		assertThat(byDomain.countAfter()).isEqualTo(4);

		var byPostcode = invalidations.invalidate(moderator, petition,
				new Invalidations.Selection(Invalidations.Criterion.POSTCODE, "e50ll", null, null), "One postcode");
		assertThat(byPostcode.invalidated()).isEqualTo(2);
		assertThat(byPostcode.countAfter()).isEqualTo(2);

		String from = london(start);
		String to = london(start.plus(Duration.ofHours(1)));
		var preview = invalidations.preview(petition,
				new Invalidations.Selection(Invalidations.Criterion.WINDOW, null, from, to));
		assertThat(preview.matching()).isEqualTo(1);
		var byWindow = invalidations.invalidate(moderator, petition,
				new Invalidations.Selection(Invalidations.Criterion.WINDOW, null, from, to), "A burst overnight");
		assertThat(byWindow.invalidated()).isEqualTo(1);
		assertThat(byWindow.countBefore()).isEqualTo(2);
		assertThat(byWindow.countAfter()).isEqualTo(1);
		assertThat(signatures.count(petition)).isEqualTo(1);
		assertThat(invalidations.history(petition)).hasSize(3);
	}

	@Test
	void refusesASelectionThatIsNotOneAndChangesNothing() {
		assertThat(Invalidations.problemsWith(new Invalidations.Selection(null, "x", null, null))).containsKey("criterion");
		assertThat(Invalidations.problemsWith(new Invalidations.Selection(Invalidations.Criterion.ADDRESS, "not an address", null, null)))
			.containsKey("value");
		assertThat(Invalidations.problemsWith(new Invalidations.Selection(Invalidations.Criterion.POSTCODE, "HELLO", null, null)))
			.containsKey("value");
		assertThat(Invalidations.problemsWith(new Invalidations.Selection(Invalidations.Criterion.WINDOW, null,
				"2026-03-14T10:30", "2026-03-14T09:30"))).containsKey("to");
		assertThat(Invalidations.problemsWith(new Invalidations.Selection(Invalidations.Criterion.WINDOW, null,
				"yesterday", "2026-03-14T09:30"))).containsKey("from");
	}

	private void moveSigning(PetitionId petition, String email, Instant at) {
		jdbc.sql("UPDATE participation.petition_signature SET signed_at = :at WHERE petition_id = :id AND email = :email")
			.param("at", PetitionStore.timestamp(at)).param("id", petition.value()).param("email", email).update();
	}

	private static String london(Instant instant) {
		return LocalDateTime.ofInstant(instant, Petitions.LONDON).toString();
	}
}
