package org.bigsociety.participation.petitions;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the public sees of a petition: the overdue flag, the signers' wards, counts served from a short cache. */
@IntegrationTest
class PetitionPageTests {

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
	void flagsAnOverdueResponseOnThePetitionPage() throws Exception {
		PetitionId overdue = new PetitionId(PetitionsDemo.OVERDUE);
		Petition petition = store.find(overdue).orElseThrow();
		assertThat(petition.response()).as("the demo's overdue petition has no response").isNull();
		String reachedOn = PetitionDates.DAY.format(petition.responseDueFrom().atZone(Petitions.LONDON));
		String dueBy = PetitionDates.DAY.format(petitions.responseDueBy(petition.responseDueFrom()));

		String page = mvc.perform(get("/petitions/" + overdue)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();

		String warning = messages.getMessage("petitions.petition.overdue",
				new Object[] { dueBy, reachedOn, petitions.responseWorkingDays() }, Locale.UK);
		assertThat(page).contains("govuk-warning-text").contains(warning);
		mvc.perform(get("/petitions/" + overdue + ".json"))
			.andExpect(jsonPath("$.responseClock.overdue").value(true))
			.andExpect(jsonPath("$.responseClock.dueBy").value(petitions.responseDueBy(petition.responseDueFrom())
				.toString()));
	}

	@Test
	void aPetitionNotYetDueCarriesNoOverdueWarning() throws Exception {
		PetitionId petition = fixtures.openPetition();
		fixtures.signAndConfirm(petition, PetitionFixtures.uniqueEmail(), "E8 1DY", PetitionFixtures.newAddress());
		petitions.evict(petition);

		assertThat(mvc.perform(get("/petitions/" + petition)).andReturn().getResponse().getContentAsString())
			.doesNotContain("govuk-warning-text");
	}

	@Test
	void showsConfirmedSignaturesByWardAsATableAndABarChart() throws Exception {
		PetitionId petition = fixtures.openPetition();
		Area ward = fixtures.wardOf("E8 1DY");
		fixtures.signAndConfirm(petition, PetitionFixtures.uniqueEmail(), "E8 1DY", PetitionFixtures.newAddress());
		fixtures.sign(petition, PetitionFixtures.uniqueEmail(), "E8 1DY", PetitionFixtures.newAddress()); // unconfirmed
		petitions.evict(petition);

		String page = mvc.perform(get("/petitions/" + petition)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();

		String name = HtmlUtils.htmlEscape(ward.name());
		assertThat(page).contains(messages.getMessage("petitions.petition.wards.heading", null, Locale.UK))
			.contains(messages.getMessage("petitions.petition.wards.caption", null, Locale.UK));
		assertThat(Pattern.compile("<th scope=\"row\" class=\"govuk-table__header\">" + Pattern.quote(name)
				+ "</th>\\s*<td class=\"govuk-table__cell govuk-table__cell--numeric\">1</td>").matcher(page).find())
			.as("the table has a row for %s with 1 signature", ward.name()).isTrue();
		int chart = page.indexOf("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"");
		assertThat(chart).as("a bar chart").isPositive();
		String svg = page.substring(chart, page.indexOf("</svg>", chart));
		assertThat(svg).contains(">" + name + "</text>").contains("<rect").contains(">1</text>");
	}

	@Test
	void aHotPetitionsCountIsServedFromTheShortLivedCacheUntilItIsCleared() throws Exception {
		PetitionId petition = fixtures.openPetition();
		String email = PetitionFixtures.uniqueEmail();
		fixtures.sign(petition, email);
		String link = fixtures.confirmationLink(email);

		// Reading the petition keeps its standing for the cache period, and says so.
		mvc.perform(get("/petitions/" + petition + ".json"))
			.andExpect(jsonPath("$.signatures").value(0))
			.andExpect(jsonPath("$.maxAgeSeconds").value(petitions.cacheSeconds()))
			.andExpect(header().string("Cache-Control", "max-age=" + petitions.cacheSeconds() + ", public"));
		fixtures.confirm(link);
		assertThat(signatures.count(petition)).as("the signature counts").isEqualTo(1);

		// Within the period readers get the count as it was: the confirmation did not touch the cached standing.
		// (The cache ages entries with System.nanoTime, not the movable clock, so expiry is tested apart, on a ticker,
		// in ShortLivedCacheTests; clearing it is what a moderator's or officer's change does here.)
		mvc.perform(get("/petitions/" + petition + ".json")).andExpect(jsonPath("$.signatures").value(0));

		petitions.evict(petition);
		mvc.perform(get("/petitions/" + petition + ".json")).andExpect(jsonPath("$.signatures").value(1));
	}

	@Test
	void suggestsTheMatchingOpenPetitionFirstWhileATitleIsTyped() throws Exception {
		mvc.perform(get("/petitions/similar.json").with(PetitionFixtures.from(PetitionFixtures.newAddress()))
			.param("title", "More bins on the canal towpath"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(PetitionsDemo.LIVE))
			.andExpect(jsonPath("$[0].url").value("/petitions/" + PetitionsDemo.LIVE));
	}

	@Test
	void answersNonsenseEmptyOrHugeTitlesWithACleanList() throws Exception {
		String huge = "towpath ".repeat(5000);
		String[] titles = { "", "ab", "   ", "zqxjv wvkpq", "!!! & | :* <-> ' \" \\ ( ) ()", "http://x.example/a&b?c=d|e",
				"the and of" };
		for (String title : titles) {
			mvc.perform(get("/petitions/similar.json").with(PetitionFixtures.from(PetitionFixtures.newAddress()))
				.param("title", title))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(0)));
		}
		// A title far longer than the form allows is searched by its start, not refused.
		mvc.perform(get("/petitions/similar.json").with(PetitionFixtures.from(PetitionFixtures.newAddress()))
			.param("title", huge))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(PetitionsDemo.LIVE));
		mvc.perform(get("/petitions/similar.json").with(PetitionFixtures.from(PetitionFixtures.newAddress())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Autowired
	Invalidations invalidations;

	/** The count the list shows for this petition: the signatures line after its link. */
	private static String listedCount(String list, PetitionId petition) {
		int link = list.indexOf("href=\"/petitions/" + petition + "\"");
		assertThat(link).as("petition %s is on the list", petition).isPositive();
		Matcher count = Pattern.compile("(No signatures|1 signature|[0-9,]+ signatures)<").matcher(list);
		assertThat(count.find(link)).as("a count after petition %s", petition).isTrue();
		return count.group(1);
	}

	@Test
	void theListCountsOnlyConfirmedSignaturesNotStruckOutForEachPetitionOnThePage() throws Exception {
		// A made-up word of letters only, so the list's search finds these petitions and no others.
		String word = "tally" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
		PetitionId unconfirmedOnly = fixtures.openPetition(fixtures.hackney(), "Unsigned " + word);
		PetitionId mixed = fixtures.openPetition(fixtures.hackney(), "Mixed " + word);
		PetitionId struck = fixtures.openPetition(fixtures.hackney(), "Struck " + word);
		PetitionId one = fixtures.openPetition(fixtures.hackney(), "Single " + word);

		fixtures.sign(unconfirmedOnly, PetitionFixtures.uniqueEmail());
		for (int i = 0; i < 3; i++) {
			fixtures.signAndConfirm(mixed, PetitionFixtures.uniqueEmail(), i == 0 ? "E5 0LL" : "E8 1DY",
					PetitionFixtures.newAddress());
		}
		fixtures.sign(mixed, PetitionFixtures.uniqueEmail());
		String flood = PetitionFixtures.newAddress();
		for (int i = 0; i < 2; i++) {
			fixtures.signAndConfirm(struck, PetitionFixtures.uniqueEmail(), "E8 1DY", flood);
		}
		fixtures.sign(struck, PetitionFixtures.uniqueEmail(), "E8 1DY", flood);
		for (int i = 0; i < 2; i++) {
			fixtures.signAndConfirm(struck, PetitionFixtures.uniqueEmail(), "E9 6AA", PetitionFixtures.newAddress());
		}
		invalidations.invalidate(fixtures.demoPerson("moderator"), struck,
				new Invalidations.Selection(Invalidations.Criterion.ADDRESS, flood, null, null), "One address, a flood");
		fixtures.signAndConfirm(one, PetitionFixtures.uniqueEmail(), "E8 1DY", PetitionFixtures.newAddress());

		String list = mvc.perform(get("/petitions").param("q", word)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(listedCount(list, unconfirmedOnly)).isEqualTo("No signatures");
		assertThat(listedCount(list, mixed)).isEqualTo("3 signatures");
		assertThat(listedCount(list, struck)).isEqualTo("2 signatures");
		assertThat(listedCount(list, one)).isEqualTo("1 signature");
		for (PetitionId petition : new PetitionId[] { unconfirmedOnly, mixed, struck, one }) {
			assertThat(listedCount(list, petition)).as("the list agrees with the petition's own page")
				.isEqualTo(messages.getMessage("petitions.signatures",
						new Object[] { petitions.standing(petition).orElseThrow().signatures() }, Locale.UK));
		}
		assertThat(fixtures.signatureRows(struck)).as("struck-out rows are kept, not counted").isEqualTo(5);
	}

	@Test
	void theListStillFlagsAnOverdueResponse() throws Exception {
		Petition overdue = store.find(new PetitionId(PetitionsDemo.OVERDUE)).orElseThrow();
		String dueBy = PetitionDates.DAY.format(petitions.responseDueBy(overdue.responseDueFrom()));
		String list = mvc.perform(get("/petitions").param("show", "awaiting-response").param("q", overdue.title()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String row = list.substring(list.indexOf("href=\"/petitions/" + PetitionsDemo.OVERDUE + "\""));
		assertThat(row.substring(0, row.indexOf("</li>"))).contains("Response overdue").contains(dueBy);
	}
}
