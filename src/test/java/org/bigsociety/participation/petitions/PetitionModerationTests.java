package org.bigsociety.participation.petitions;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.bigsociety.IntegrationTest;
import org.bigsociety.participation.PetitionId;
import org.bigsociety.place.Places;
import org.bigsociety.platform.RateLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A moderator rejects a petition for one of the standard reasons: the creator is told why, the decision goes on the
 * public record, and for a reason about the petition's own words (offensive, personal, spam) those words are never
 * shown again, anywhere the public can look.
 */
@IntegrationTest
class PetitionModerationTests {

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
	MessageSource messages;

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
	void anOffensivePetitionIsRejectedItsWordsHiddenAndTheCreatorToldWhy() throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		String title = "Sack the lying councillor " + marker;
		String background = "Councillor Smith is a crook " + marker + " and everyone knows it.";
		String note = "It accuses a named person of a crime " + marker + "-note.";
		PetitionId petition = fixtures.awaitingModeration(fixtures.demoPerson("resident"), title, background);
		Cookie moderator = fixtures.demoSession("moderator");

		mvc.perform(post("/petitions/moderation/" + petition).cookie(moderator).with(csrf())
			.param("decision", "reject")
			.param("reason", RejectionReason.OFFENSIVE_OR_DEFAMATORY.name())
			.param("note", note))
			.andExpect(redirectedUrl("/petitions/moderation?decided=" + petition));

		Petition rejected = store.find(petition).orElseThrow();
		assertThat(rejected.state()).isEqualTo(PetitionState.REJECTED);
		assertThat(rejected.moderation().reason()).isEqualTo(RejectionReason.OFFENSIVE_OR_DEFAMATORY);
		assertThat(rejected.moderation().note()).isEqualTo(note);

		// The JSON says it was rejected and why, without its words or the note that may quote them.
		mvc.perform(get("/petitions/" + petition + ".json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("REJECTED"))
			.andExpect(jsonPath("$.rejection.reason").value("OFFENSIVE_OR_DEFAMATORY"))
			.andExpect(jsonPath("$.title").doesNotExist())
			.andExpect(jsonPath("$.background").doesNotExist())
			.andExpect(jsonPath("$.rejection.note").doesNotExist());
		String json = mvc.perform(get("/petitions/" + petition + ".json")).andReturn().getResponse()
			.getContentAsString();
		assertThat(json).doesNotContain(marker);

		// The page explains the reason, under a neutral heading.
		String page = mvc.perform(get("/petitions/" + petition)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains(text("petitions.petition.hiddenTitle"))
			.contains(text("petitions.reason.OFFENSIVE_OR_DEFAMATORY.explained"))
			.doesNotContain(marker);

		// Nor do the list of rejected petitions or the signing pages show them.
		String list = mvc.perform(get("/petitions").param("show", "rejected")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(list).contains("/petitions/" + petition + "\"").doesNotContain(marker);
		assertThat(mvc.perform(get("/petitions/" + petition + "/sign")).andReturn().getResponse().getContentAsString())
			.doesNotContain(marker);
		assertThat(mvc.perform(get("/petitions/" + petition + "/signed")).andReturn().getResponse()
			.getContentAsString()).doesNotContain(marker);

		// The creator is mailed the reason's explanation and the moderator's note.
		String mailed = mailToResidentAbout(marker);
		assertThat(mailed).contains(text("petitions.reason.OFFENSIVE_OR_DEFAMATORY.explained")).contains(note);

		// The public record holds the fact of the rejection and its reason, never the words.
		String fact = fixtures.awaitRecord("petition/" + petition + "/rejected");
		assertThat(fact).contains(text("petitions.reason.OFFENSIVE_OR_DEFAMATORY")).doesNotContain(marker);
	}

	@Test
	void refusesARejectionWithoutAStandardReasonAndChangesNothing() throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		PetitionId petition = fixtures.awaitingModeration(fixtures.demoPerson("resident"),
				"Repaint the bandstand " + marker, "It is peeling.");
		Cookie moderator = fixtures.demoSession("moderator");

		for (String reason : new String[] { "", "BECAUSE_I_SAY_SO" }) {
			String page = mvc.perform(post("/petitions/moderation/" + petition).cookie(moderator).with(csrf())
				.param("decision", "reject")
				.param("reason", reason)
				.param("note", "Not today."))
				.andExpect(status().isOk())
				.andExpect(model().attribute("errors", hasKey("reason")))
				.andReturn().getResponse().getContentAsString();
			assertThat(page).as("reason '%s'", reason).contains(text("petitions.moderate.reason.missing"))
				.contains("govuk-error-summary");
		}

		Petition unchanged = store.find(petition).orElseThrow();
		assertThat(unchanged.state()).isEqualTo(PetitionState.AWAITING_MODERATION);
		assertThat(unchanged.moderation()).isNull();
		mvc.perform(get("/petitions/" + petition + ".json")).andExpect(status().isNotFound());
		assertThat(mailsToResidentAbout(marker)).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM record.entry WHERE reference = :ref")
			.param("ref", "petition/" + petition + "/rejected").query(Long.class).single()).isZero();
	}

	private String text(String key) {
		return messages.getMessage(key, null, Locale.UK);
	}

	private String mailToResidentAbout(String marker) {
		return jdbc.sql("""
				SELECT subject || E'\\n\\n' || body FROM platform.outbox
				WHERE recipient = 'resident@demo.bigsociety.org.uk' AND subject LIKE :about ORDER BY id DESC LIMIT 1""")
			.param("about", "%" + marker + "%")
			.query(String.class)
			.optional()
			.orElseThrow(() -> new AssertionError("The creator was not mailed about " + marker));
	}

	private long mailsToResidentAbout(String marker) {
		return jdbc.sql("""
				SELECT count(*) FROM platform.outbox
				WHERE recipient = 'resident@demo.bigsociety.org.uk' AND subject LIKE :about""")
			.param("about", "%" + marker + "%")
			.query(Long.class)
			.single();
	}
}
