package org.bigsociety.participation.petitions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import org.bigsociety.IntegrationTest;
import org.bigsociety.participation.PetitionId;
import org.bigsociety.place.Area;
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
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An area's thresholds: reaching the response threshold starts a visible clock (20 working days by default), reaching
 * the debate threshold is shown, and the demo has a live petition a few signatures short of its response.
 */
@IntegrationTest
class PetitionThresholdTests {

	/** This class's own ward (none of the other petition tests or demo petitions use it), with tiny thresholds. */
	private static final String WARD_POSTCODE = "N16 0AB";
	private static final Thresholds TINY = new Thresholds(2, 3);

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
	AreaThresholds thresholds;

	@Autowired
	ThresholdWatch watch;

	@Autowired
	MessageSource messages;

	@Autowired
	RateLimits limits;

	PetitionFixtures fixtures;

	Area ward;

	@BeforeEach
	void setUp() {
		fixtures = new PetitionFixtures(mvc, jdbc, store, mail, places, clock);
		ward = fixtures.wardOf(WARD_POSTCODE);
		assertThat(ward.id()).as("a ward no other petition test sets thresholds for")
			.isNotEqualTo(fixtures.wardOf("E8 1DY").id())
			.isNotEqualTo(fixtures.wardOf("E9 6AA").id());
		thresholds.save(ward.id(), TINY);
	}

	@AfterEach
	void tearDown() {
		limits.reset();
	}

	@Test
	void theResponseClockRunsTwentyWorkingDaysByDefault() {
		assertThat(petitions.responseWorkingDays()).isEqualTo(20);
		// Thursday 10 December 2026: Christmas Day, the Boxing Day substitute (Monday 28th), New Year's Day and three
		// weekends fall within the 20 working days, which end on Tuesday 12 January 2027.
		assertThat(petitions.responseDueBy(LocalDateTime.of(2026, 12, 10, 15, 0).atZone(Petitions.LONDON).toInstant()))
			.isEqualTo(LocalDate.of(2027, 1, 12));
	}

	@Test
	void reachingTheResponseThresholdShowsTheDueDateOnThePage() throws Exception {
		PetitionId petition = fixtures.openPetition(ward.id());
		signAndConfirm(petition, TINY.response());
		watch.check(store.find(petition).orElseThrow());

		Petition reached = store.find(petition).orElseThrow();
		assertThat(reached.responseDueFrom()).as("the watch started the clock").isNotNull();
		LocalDate due = petitions.responseDueBy(reached.responseDueFrom());
		petitions.evict(petition);

		mvc.perform(get("/petitions/" + petition + ".json"))
			.andExpect(jsonPath("$.responseClock.dueBy").value(due.toString()))
			.andExpect(jsonPath("$.responseClock.workingDays").value(20))
			.andExpect(jsonPath("$.responseClock.overdue").value(false));
		String page = mvc.perform(get("/petitions/" + petition)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		String clockText = messages.getMessage("petitions.petition.clock",
				new Object[] { PetitionDates.DAY.format(reached.responseDueFrom().atZone(Petitions.LONDON)),
						PetitionDates.DAY.format(due), 20, TINY.response() },
				Locale.UK);
		assertThat(page).contains(clockText).contains(PetitionDates.DAY.format(due)).doesNotContain("govuk-warning-text");
	}

	@Test
	void reachingTheDebateThresholdIsShownInTheJson() throws Exception {
		PetitionId petition = fixtures.openPetition(ward.id());
		signAndConfirm(petition, TINY.debate() - 1);
		watch.check(store.find(petition).orElseThrow());
		petitions.evict(petition);
		mvc.perform(get("/petitions/" + petition + ".json")).andExpect(jsonPath("$.debateThresholdReached").value(false));
		assertThat(store.find(petition).orElseThrow().debateReachedAt()).isNull();

		signAndConfirm(petition, 1);
		watch.check(store.find(petition).orElseThrow());

		assertThat(store.find(petition).orElseThrow().debateReachedAt()).as("the watch recorded when").isNotNull();
		mvc.perform(get("/petitions/" + petition + ".json"))
			.andExpect(jsonPath("$.signatures").value(TINY.debate()))
			.andExpect(jsonPath("$.thresholds.debate").value(TINY.debate()))
			.andExpect(jsonPath("$.debateThresholdReached").value(true));
		assertThat(mvc.perform(get("/petitions/" + petition)).andReturn().getResponse().getContentAsString())
			.contains(messages.getMessage("petitions.petition.debateReached", new Object[] { TINY.debate() }, Locale.UK));
	}

	@Test
	void theDemoHasALivePetitionAFewSignaturesShortOfItsResponse() throws Exception {
		petitions.evict(new PetitionId(PetitionsDemo.LIVE));
		int response = thresholds.of(store.find(new PetitionId(PetitionsDemo.LIVE)).orElseThrow().area()).response();

		mvc.perform(get("/petitions/" + PetitionsDemo.LIVE + ".json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("OPEN"))
			.andExpect(jsonPath("$.thresholds.response").value(response))
			.andExpect(jsonPath("$.signatures", lessThan(response)))
			.andExpect(jsonPath("$.signatures", greaterThanOrEqualTo(response - 20)))
			.andExpect(jsonPath("$.responseClock").doesNotExist());
	}

	private void signAndConfirm(PetitionId petition, int count) throws Exception {
		for (int i = 0; i < count; i++) {
			fixtures.signAndConfirm(petition, PetitionFixtures.uniqueEmail(), WARD_POSTCODE, PetitionFixtures.newAddress());
		}
	}
}
