package org.bigsociety.timebank;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.bigsociety.IntegrationTest;
import org.bigsociety.TestClock;
import org.bigsociety.timebank.TimeBankFixtures.Someone;
import org.bigsociety.timebank.listings.Listing;
import org.bigsociety.timebank.listings.ListingQuery;
import org.bigsociety.timebank.listings.Listings;
import org.bigsociety.timebank.listings.Listings.NewListing;
import org.bigsociety.timebank.listings.MatchDigest;
import org.bigsociety.timebank.listings.Matching;
import org.bigsociety.timebank.membership.Invalid;
import org.bigsociety.timebank.membership.Member;
import org.bigsociety.timebank.membership.Memberships;
import org.bigsociety.timebank.membership.Refused;
import org.bigsociety.timebank.membership.TimeBank;
import org.bigsociety.timebank.membership.TimeBankManagement;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ListingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TimeBankManagement management;

	@Autowired
	Memberships memberships;

	@Autowired
	Listings listings;

	@Autowired
	Matching matching;

	@Autowired
	MatchDigest digest;

	@Autowired
	TestClock clock;

	TimeBankFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new TimeBankFixtures(mvc, jdbc, management, memberships);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	static NewListing offer(String category, String title, String tags, String postcode) {
		return new NewListing("OFFER", category, title, "", tags, "Weekends", postcode);
	}

	static NewListing request(String category, String title, String tags, String postcode) {
		return new NewListing("REQUEST", category, title, "", tags, "", postcode);
	}

	@Test
	void aMemberPostsAnOfferThatShowsOnlyTheOutwardCodeOfWhereItIs() throws Exception {
		TimeBank bank = fixtures.bank();
		Someone amira = fixtures.person("Amira Lister");
		Member member = fixtures.member(bank, amira);

		Listing listing = listings.post(bank, amira.id(), member.id(),
				offer("gardening", "Weeding and mowing", "lawn, Hedges", "e81dy"));

		assertThat(listing.tags()).containsExactly("lawn", "hedges");
		assertThat(listing.coordinates()).isNotNull();
		String html = mvc.perform(get("/timebanks/" + bank.slug() + "/listings/" + listing.id()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("h1").text()).isEqualTo("Weeding and mowing");
		assertThat(page.select(".govuk-summary-list").text()).contains("Gardening").contains("Amira Lister")
			.contains("E8, Hackney Central");
		assertThat(html).doesNotContain("1DY");
	}

	@Test
	void theDescriptionAndAvailabilityAMemberEntersAreSavedShownAndSearched() throws Exception {
		TimeBank bank = fixtures.bank();
		Someone nell = fixtures.person("Nell Lister");
		Member member = fixtures.member(bank, nell);
		Cookie session = fixtures.session(nell);

		String location = mvc.perform(post("/timebanks/" + bank.slug() + "/listings").with(csrf()).cookie(session)
			.param("kind", "OFFER").param("category", "diy-repairs").param("title", "Odd jobs around the house")
			.param("description", "I can fix squeaky hinges and bleed radiators.")
			.param("tags", "wallpapering").param("availability", "Tuesday evenings").param("postcode", ""))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/timebanks/" + bank.slug() + "/listings/");
		Listing saved = listings.ofMember(member.id()).get(0);
		assertThat(saved.description()).isEqualTo("I can fix squeaky hinges and bleed radiators.");
		assertThat(saved.availability()).isEqualTo("Tuesday evenings");

		Document page = Jsoup.parse(mvc.perform(get(location)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		assertThat(page.select("main p.govuk-body").eachText()).contains("I can fix squeaky hinges and bleed radiators.");
		assertThat(page.select(".govuk-summary-list").text()).contains("Tuesday evenings");

		// "radiator" is only in the description and "wallpaper" only in the tags; both find it, in their other forms.
		assertThat(ids(bank, new ListingQuery.Form("radiator", "", "", "", ""))).containsExactly(saved.id());
		assertThat(ids(bank, new ListingQuery.Form("wallpaper", "", "", "", ""))).containsExactly(saved.id());
		assertThat(ids(bank, new ListingQuery.Form("tuesday", "", "", "", ""))).isEmpty();
	}

	@Test
	void aFormWithProblemsSaysWhatIsWrongAndPostsNothing() throws Exception {
		TimeBank bank = fixtures.bank();
		Someone ben = fixtures.person("Ben Lister");
		Member member = fixtures.member(bank, ben);

		assertThatThrownBy(() -> listings.post(bank, ben.id(), member.id(),
				new NewListing("SWAP", "juggling", " ", "", "", "", "not a postcode")))
			.isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.errors()).containsOnlyKeys("kind",
					"category", "title", "postcode"));
		assertThat(listings.ofMember(member.id())).isEmpty();
	}

	@Test
	void onlyTheMemberOrABrokerPostsForThemAndABrokersPostSaysWhoRecordedIt() throws Exception {
		TimeBank bank = fixtures.bank();
		Someone cat = fixtures.person("Cat Lister");
		Someone dan = fixtures.person("Dan Lister");
		Member catMember = fixtures.member(bank, cat);
		fixtures.member(bank, dan);

		assertThatThrownBy(() -> listings.post(bank, dan.id(), catMember.id(), offer("pets", "Dog walks", "", "")))
			.isInstanceOf(AccessDeniedException.class);

		Listing byBroker = listings.post(bank, fixtures.broker().id(), catMember.id(),
				request("shopping-errands", "Weekly shop", "", ""));
		assertThat(byBroker.createdBy()).isEqualTo(fixtures.broker().id());
		Document page = Jsoup.parse(mvc.perform(get("/timebanks/" + bank.slug() + "/listings/" + byBroker.id()))
			.andReturn().getResponse().getContentAsString());
		assertThat(page.select(".govuk-summary-list").text()).contains("recorded by Demo Broker (broker)");
	}

	@Test
	void someoneWaitingToJoinCannotPost() throws Exception {
		TimeBank bank = fixtures.bank();
		Someone eve = fixtures.person("Eve Lister");
		Member asked = memberships.askToJoin(bank, eve.id(), new Memberships.JoinRequest("PERSON", "", ""));
		assertThatThrownBy(() -> listings.post(bank, eve.id(), asked.id(), offer("pets", "Cat sitting", "", "")))
			.isInstanceOf(Refused.class);
	}

	@Test
	void searchFindsWordsInTheirOtherFormsWithinACategoryAndADistance() throws Exception {
		TimeBank bank = fixtures.bank();
		Someone fay = fixtures.person("Fay Lister");
		Member member = fixtures.member(bank, fay);
		Listing near = listings.post(bank, fay.id(), member.id(), offer("gardening", "Gardening help", "", "E9 6AA"));
		Listing far = listings.post(bank, fay.id(), member.id(), offer("gardening", "Garden clearing", "", "N16 0AB"));
		Listing other = listings.post(bank, fay.id(), member.id(), offer("cooking", "Batch cooking", "", "E8 1DY"));
		Listing closed = listings.post(bank, fay.id(), member.id(), offer("gardening", "Gardens tidied", "", "E8 1DY"));
		listings.close(bank, fay.id(), closed.id());

		assertThat(ids(bank, new ListingQuery.Form("gardens", "", "", "", ""))).containsExactlyInAnyOrder(near.id(), far.id());
		assertThat(ids(bank, new ListingQuery.Form("", "cooking", "", "", ""))).containsExactly(other.id());
		assertThat(ids(bank, new ListingQuery.Form("", "", "E8 1DY", "1", ""))).containsExactly(other.id(), near.id());
		assertThat(ids(bank, new ListingQuery.Form("garden", "gardening", "e81dy", "2", "OFFER")))
			.containsExactly(near.id(), far.id());
	}

	private List<Long> ids(TimeBank bank, ListingQuery.Form form) {
		ListingQuery.Checked checked = listings.query(form, 50);
		assertThat(checked.problems()).isEmpty();
		return listings.search(bank.id(), checked.query()).stream().map(found -> found.listing().id()).toList();
	}

	@Test
	void searchSaysWhichParametersAreWrong() {
		ListingQuery.Checked checked = listings.query(new ListingQuery.Form("x".repeat(201), "juggling", "E1 9ZZ", "3", "SWAPS"), 50);
		assertThat(checked.problems()).containsEntry("q", "timebank.search.q.tooLong")
			.containsEntry("category", "timebank.search.category.unknown")
			.containsEntry("near", "timebank.search.near.unknown")
			.containsEntry("within", "timebank.search.within.invalid")
			.containsEntry("kind", "timebank.search.kind.unknown");
	}

	@Test
	void theApiSearchesListingsAndAnswersBadParametersWithAProblem() throws Exception {
		TimeBank bank = fixtures.bank();
		Someone gus = fixtures.person("Gus Lister");
		Member member = fixtures.member(bank, gus);
		Listing listing = listings.post(bank, gus.id(), member.id(), offer("it-help", "Phone and tablet help", "android", "E8 1DY"));

		mvc.perform(get("/api/v1/timebanks/" + bank.id() + "/listings").param("q", "tablets").param("near", "E8 1DY"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.count").value(1))
			.andExpect(jsonPath("$.listings[0].id").value(listing.id()))
			.andExpect(jsonPath("$.listings[0].outwardCode").value("E8"))
			.andExpect(jsonPath("$.listings[0].member").value("Gus Lister"))
			.andExpect(jsonPath("$.listings[0].distanceMetres").value(0));
		mvc.perform(get("/api/v1/timebanks/" + bank.slug() + "/listings").param("category", "juggling"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value("category: Choose a kind of help from the list"));
		mvc.perform(get("/api/v1/timebanks/no-such-bank/listings")).andExpect(status().isNotFound());
	}

	@Test
	void aRequestIsMatchedWithOffersOfTheSameKindOrWordsClosestFirst() throws Exception {
		TimeBank bank = fixtures.bank();
		Someone asker = fixtures.person("Hal Asker");
		Someone helper = fixtures.person("Ivy Helper");
		Member askerMember = fixtures.member(bank, asker);
		Member helperMember = fixtures.member(bank, helper);

		Listing wanted = listings.post(bank, asker.id(), askerMember.id(),
				request("diy-repairs", "Fix a leaking tap", "plumbing", "E8 1DY"));
		Listing sameAndNear = listings.post(bank, helper.id(), helperMember.id(),
				offer("diy-repairs", "Plumbing and taps", "", "E9 6AA"));
		Listing sameAndFar = listings.post(bank, helper.id(), helperMember.id(), offer("diy-repairs", "Shelves put up", "", "N16 0AB"));
		Listing wordsOnly = listings.post(bank, helper.id(), helperMember.id(), offer("other", "Leaking gutter cleared", "", ""));
		listings.post(bank, helper.id(), helperMember.id(), offer("cooking", "Soup", "", "E8 1DY"));
		listings.post(bank, asker.id(), askerMember.id(), offer("diy-repairs", "My own offer", "", "E8 1DY"));

		assertThat(matching.matchesFor(wanted, 10)).extracting(match -> match.listing().id())
			.containsExactly(sameAndNear.id(), sameAndFar.id(), wordsOnly.id());
		assertThat(matching.matchesFor(sameAndNear, 10)).extracting(match -> match.listing().id())
			.containsExactly(wanted.id());
	}

	@Test
	void theWeeklyDigestMailsNewMatchesOnceAndNotToThoseWhoTurnedItOff() throws Exception {
		TimeBank bank = fixtures.bank();
		Someone jo = fixtures.person("Jo Digest");
		Someone kim = fixtures.person("Kim Digest");
		Someone lee = fixtures.person("Lee Digest");
		Member joMember = fixtures.member(bank, jo);
		Member kimMember = fixtures.member(bank, kim);
		Member leeMember = fixtures.member(bank, lee);
		listings.post(bank, jo.id(), joMember.id(), request("pets", "Dog walking needed", "", ""));
		listings.post(bank, lee.id(), leeMember.id(), request("pets", "Cat feeding needed", "", ""));
		memberships.digest(bank, lee.id(), false);
		digest.sendAll();
		long joBefore = fixtures.mailCount(jo);

		clock.advance(java.time.Duration.ofMinutes(1));
		listings.post(bank, kim.id(), kimMember.id(), offer("pets", "Happy to walk dogs", "", ""));
		clock.advance(java.time.Duration.ofMinutes(1));
		long leeBefore = fixtures.mailCount(lee);
		digest.sendAll();

		assertThat(fixtures.mailCount(jo)).isEqualTo(joBefore + 1);
		assertThat(fixtures.latestMail(jo)).contains("New matches in " + bank.name()).contains("Happy to walk dogs")
			.contains("/timebanks/" + bank.slug() + "/listings/");
		assertThat(fixtures.mailCount(lee)).isEqualTo(leeBefore);

		digest.sendAll();
		assertThat(fixtures.mailCount(jo)).isEqualTo(joBefore + 1);
	}

	@Test
	void theSearchPageShowsProblemsBesideTheFields() throws Exception {
		TimeBank bank = fixtures.bank();
		Document page = Jsoup.parse(mvc.perform(get("/timebanks/" + bank.slug() + "/listings").param("near", "hello"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
		assertThat(page.select(".govuk-error-summary a[href=#near]").text()).isEqualTo("Enter a real postcode, like E8 1DY");
		assertThat(page.select("#near").val()).isEqualTo("hello");
	}

	@Test
	void theDoorstepShowsTheTimeBanksServingAPostcodeWithListingsNearby() throws Exception {
		TimeBank bank = fixtures.bank();
		Someone mo = fixtures.person("Mo Doorstep");
		Member member = fixtures.member(bank, mo);
		listings.post(bank, mo.id(), member.id(), offer("lifts", "Lifts to the hospital " + TimeBankFixtures.unique(), "", "E8 1DY"));

		Document page = Jsoup.parse(mvc.perform(get("/near/E81DY")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
		assertThat(page.select(".bs-doorstep-timebank h3").eachText()).contains(bank.name());
		assertThat(page.select(".bs-doorstep-timebank").text()).contains("Lifts to the hospital");
	}
}
