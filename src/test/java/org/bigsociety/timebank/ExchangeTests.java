package org.bigsociety.timebank;

import jakarta.servlet.http.Cookie;

import org.bigsociety.IntegrationTest;
import org.bigsociety.timebank.TimeBankFixtures.Someone;
import org.bigsociety.timebank.exchanges.Exchange;
import org.bigsociety.timebank.exchanges.Exchanges;
import org.bigsociety.timebank.exchanges.Exchanges.Recorded;
import org.bigsociety.timebank.exchanges.Exchanges.Response;
import org.bigsociety.timebank.listings.Listing;
import org.bigsociety.timebank.listings.Listings;
import org.bigsociety.timebank.listings.Listings.NewListing;
import org.bigsociety.timebank.membership.Invalid;
import org.bigsociety.timebank.membership.LedgerBooks;
import org.bigsociety.timebank.membership.Member;
import org.bigsociety.timebank.membership.Memberships;
import org.bigsociety.timebank.membership.Refused;
import org.bigsociety.timebank.membership.TimeBank;
import org.bigsociety.timebank.membership.TimeBankManagement;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ExchangeTests {

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
	Exchanges exchanges;

	@Autowired
	LedgerBooks ledger;

	TimeBankFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new TimeBankFixtures(mvc, jdbc, management, memberships);
	}

	long balance(Member member) {
		return ledger.balance(member).orElseThrow().value();
	}

	long transfersFor(Exchange exchange) {
		return jdbc.sql("SELECT count(*) FROM timebank.ledger_transfer WHERE exchange_reference = :ref")
			.param("ref", exchange.reference()).query(Long.class).single();
	}

	@Test
	void bothSidesConfirmingMovesTheHoursOnceFromTheHelpedToTheHelper() throws Exception {
		TimeBank bank = fixtures.bank();
		Someone amira = fixtures.person("Amira Exchange");
		Someone ben = fixtures.person("Ben Exchange");
		Member asking = fixtures.member(bank, amira);
		Member helping = fixtures.member(bank, ben);
		Listing request = listings.post(bank, amira.id(), asking.id(),
				new NewListing("REQUEST", "gardening", "Help weeding", "", "", "", ""));

		Exchange started = exchanges.respond(bank, ben.id(), request.id(), new Response("Saturday?", "2", "", null));
		assertThat(started.status()).isEqualTo(Exchange.Status.PROPOSED);
		assertThat(started.provider()).isEqualTo(helping.id());
		assertThat(fixtures.latestMail(amira)).contains("Ben Exchange").contains("/exchanges/" + started.id());

		exchanges.accept(bank, amira.id(), started.id());
		exchanges.agreeTime(bank, ben.id(), started.id(), "14", "3", "2026", "2pm");
		Exchange done = exchanges.markDone(bank, ben.id(), started.id(), "1", "30");
		assertThat(done.status()).isEqualTo(Exchange.Status.DONE);
		assertThat(balance(asking)).isZero();
		assertThat(fixtures.latestMail(amira)).contains("1 h 30 min");

		Exchange completed = exchanges.confirm(bank, amira.id(), started.id());
		assertThat(completed.status()).isEqualTo(Exchange.Status.COMPLETED);
		assertThat(completed.transfer()).isNotNull();
		assertThat(balance(asking)).isEqualTo(-90);
		assertThat(balance(helping)).isEqualTo(90);

		// A double click, or the other side confirming late, posts nothing more.
		exchanges.confirm(bank, amira.id(), started.id());
		exchanges.confirm(bank, ben.id(), started.id());
		assertThat(balance(helping)).isEqualTo(90);
		assertThat(transfersFor(completed)).isEqualTo(1);

		exchanges.leaveReference(bank, amira.id(), started.id(), "Ben was brilliant");
		assertThatThrownBy(() -> exchanges.leaveReference(bank, amira.id(), started.id(), "Again"))
			.isInstanceOf(Refused.class);
		assertThat(exchanges.references(started.id())).singleElement()
			.satisfies(r -> assertThat(r.aboutMember()).isEqualTo(helping.id()));
	}

	@Test
	void aMemberOfAnotherTimeBankCanHelpAndEachBookStaysBalanced() throws Exception {
		TimeBank here = fixtures.bank();
		TimeBank there = fixtures.bank();
		Someone pat = fixtures.person("Pat Here");
		Someone ray = fixtures.person("Ray There");
		Member asking = fixtures.member(here, pat);
		Member helping = fixtures.member(there, ray);
		Listing request = listings.post(here, pat.id(), asking.id(),
				new NewListing("REQUEST", "languages", "Spanish conversation", "", "", "", ""));

		Exchange started = exchanges.respond(here, ray.id(), request.id(), Response.blank());
		exchanges.accept(here, pat.id(), started.id());
		exchanges.markDone(here, ray.id(), started.id(), "1", "");
		exchanges.confirm(here, pat.id(), started.id());

		assertThat(balance(asking)).isEqualTo(-60);
		assertThat(balance(helping)).isEqualTo(60);
		assertThat(exchanges.mine(there, ray.id())).extracting(Exchange::id).contains(started.id());
	}

	@Test
	void refusesStepsTheExchangeIsNotReadyForAndChangesNothing() throws Exception {
		TimeBank bank = fixtures.bank();
		Someone cara = fixtures.person("Cara Exchange");
		Someone dev = fixtures.person("Dev Exchange");
		Member offering = fixtures.member(bank, cara);
		fixtures.member(bank, dev);
		Listing offer = listings.post(bank, cara.id(), offering.id(),
				new NewListing("OFFER", "it-help", "Phone help", "", "", "", ""));
		Exchange started = exchanges.respond(bank, dev.id(), offer.id(), Response.blank());

		assertThatThrownBy(() -> exchanges.confirm(bank, cara.id(), started.id())).isInstanceOf(Refused.class);
		assertThatThrownBy(() -> exchanges.markDone(bank, cara.id(), started.id(), "1", ""))
			.isInstanceOf(Refused.class);
		assertThatThrownBy(() -> exchanges.accept(bank, dev.id(), started.id())).isInstanceOf(Refused.class);
		assertThatThrownBy(() -> exchanges.leaveReference(bank, dev.id(), started.id(), "Nice"))
			.isInstanceOf(Refused.class);
		assertThatThrownBy(() -> exchanges.respond(bank, cara.id(), offer.id(), Response.blank()))
			.isInstanceOf(Refused.class);
		assertThat(exchanges.view(bank, cara.id(), started.id()).status()).isEqualTo(Exchange.Status.PROPOSED);
		assertThat(exchanges.view(bank, cara.id(), started.id()).steps()).hasSize(1);

		exchanges.cancel(bank, cara.id(), started.id(), "Away that week");
		assertThatThrownBy(() -> exchanges.accept(bank, cara.id(), started.id())).isInstanceOf(Refused.class);
		assertThat(exchanges.view(bank, dev.id(), started.id()).status()).isEqualTo(Exchange.Status.CANCELLED);
	}

	@Test
	void onlyItsMembersAndBrokersSeeOrActOnAnExchange() throws Exception {
		TimeBank bank = fixtures.bank();
		Someone eve = fixtures.person("Eve Exchange");
		Someone fin = fixtures.person("Fin Exchange");
		Someone stranger = fixtures.person("Gil Stranger");
		Member offering = fixtures.member(bank, eve);
		fixtures.member(bank, fin);
		fixtures.member(bank, stranger);
		Listing offer = listings.post(bank, eve.id(), offering.id(),
				new NewListing("OFFER", "cooking", "Batch cooking", "", "", "", ""));
		Exchange started = exchanges.respond(bank, fin.id(), offer.id(), Response.blank());

		assertThatThrownBy(() -> exchanges.view(bank, stranger.id(), started.id()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> exchanges.accept(bank, stranger.id(), started.id()))
			.isInstanceOf(AccessDeniedException.class);
		Cookie session = fixtures.session(stranger);
		mvc.perform(get("/timebanks/" + bank.slug() + "/exchanges/" + started.id()).cookie(session))
			.andExpect(status().isForbidden());
		mvc.perform(post("/timebanks/" + bank.slug() + "/exchanges/" + started.id() + "/accept").with(csrf())
			.cookie(session)).andExpect(status().isForbidden());
		assertThat(exchanges.view(bank, eve.id(), started.id()).status()).isEqualTo(Exchange.Status.PROPOSED);
		assertThat(exchanges.view(bank, fixtures.broker().id(), started.id())).isNotNull();
	}

	@Test
	void aDisputeGoesToABrokerWhoDecidesTheHours() throws Exception {
		TimeBank bank = fixtures.bank();
		Someone hana = fixtures.person("Hana Exchange");
		Someone ivo = fixtures.person("Ivo Exchange");
		Member asking = fixtures.member(bank, hana);
		Member helping = fixtures.member(bank, ivo);
		Listing request = listings.post(bank, hana.id(), asking.id(),
				new NewListing("REQUEST", "diy-repairs", "Shelf up", "", "", "", ""));
		Exchange started = exchanges.respond(bank, ivo.id(), request.id(), Response.blank());
		exchanges.accept(bank, hana.id(), started.id());
		exchanges.markDone(bank, ivo.id(), started.id(), "3", "");
		assertThatThrownBy(() -> exchanges.dispute(bank, hana.id(), started.id(), " "))
			.isInstanceOf(Invalid.class);
		exchanges.dispute(bank, hana.id(), started.id(), "It took one hour, not three");
		assertThat(exchanges.forBrokers(bank, fixtures.broker().id())).extracting(Exchange::id)
			.contains(started.id());
		assertThatThrownBy(() -> exchanges.resolve(bank, ivo.id(), started.id(), "3", "", ""))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(balance(helping)).isZero();

		Exchange decided = exchanges.resolve(bank, fixtures.broker().id(), started.id(), "1", "", "One hour agreed");
		assertThat(decided.status()).isEqualTo(Exchange.Status.COMPLETED);
		assertThat(balance(helping)).isEqualTo(60);
		assertThat(balance(asking)).isEqualTo(-60);
		assertThat(decided.steps()).last().satisfies(step -> {
			assertThat(step.broker()).isTrue();
			assertThat(step.actor()).isEqualTo(fixtures.broker().id());
		});
	}

	@Test
	void aBrokerRecordsAndConfirmsForASupportedMemberWhoCannotActAlone() throws Exception {
		TimeBank bank = fixtures.bank();
		Someone jo = fixtures.person("Jo Supported");
		Someone kai = fixtures.person("Kai Exchange");
		Member supported = fixtures.member(bank, jo);
		Member helping = fixtures.member(bank, kai);
		memberships.markSupported(bank, fixtures.broker().id(), supported.id(), true);
		Listing request = listings.post(bank, fixtures.broker().id(), supported.id(),
				new NewListing("REQUEST", "shopping-errands", "Weekly shop", "", "", "", ""));
		Exchange started = exchanges.respond(bank, kai.id(), request.id(), Response.blank());
		assertThatThrownBy(() -> exchanges.accept(bank, jo.id(), started.id())).isInstanceOf(Refused.class);

		exchanges.accept(bank, fixtures.broker().id(), started.id());
		exchanges.markDone(bank, kai.id(), started.id(), "1", "");
		Exchange completed = exchanges.confirm(bank, fixtures.broker().id(), started.id());
		assertThat(completed.status()).isEqualTo(Exchange.Status.COMPLETED);
		assertThat(balance(supported)).isEqualTo(-60);
		assertThat(completed.steps()).filteredOn(s -> s.broker()).isNotEmpty();

		// The broker records one that happened on paper: both sides at once, shown as recorded by the broker.
		assertThatThrownBy(() -> exchanges.record(bank, kai.id(), new Recorded(helping.id(), supported.id(),
				"befriending", "Tea", "1", "", "1", "3", "2026"))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> exchanges.record(bank, fixtures.broker().id(), new Recorded(helping.id(),
				helping.id(), "nonsense", "", "", "", "31", "2", "2026")))
			.isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.errors())
				.containsOnlyKeys("recipient", "category", "description", "hours", "day"));
		Exchange recorded = exchanges.record(bank, fixtures.broker().id(), new Recorded(helping.id(),
				supported.id(), "befriending", "Tea and a chat", "2", "", "1", "3", "2026"));
		assertThat(recorded.status()).isEqualTo(Exchange.Status.COMPLETED);
		assertThat(recorded.origin()).isEqualTo(Exchange.Origin.BROKER);
		assertThat(balance(helping)).isEqualTo(180);
		assertThat(balance(supported)).isEqualTo(-180);
	}

	@Test
	void theExchangePagesWalkBothMembersThroughWithoutJavaScript() throws Exception {
		TimeBank bank = fixtures.bank();
		Someone lou = fixtures.person("Lou Pages");
		Someone max = fixtures.person("Max Pages");
		Member asking = fixtures.member(bank, lou);
		Member helping = fixtures.member(bank, max);
		Listing request = listings.post(bank, lou.id(), asking.id(),
				new NewListing("REQUEST", "lifts", "Lift to the clinic", "", "", "", ""));
		Cookie louSession = fixtures.session(lou);
		Cookie maxSession = fixtures.session(max);
		String base = "/timebanks/" + bank.slug();

		Document form = page(get(base + "/listings/" + request.id() + "/respond").cookie(maxSession));
		assertThat(form.select("h1").text()).isEqualTo("Offer to help");
		Document invalid = page(post(base + "/listings/" + request.id() + "/respond").with(csrf()).cookie(maxSession)
			.param("message", "").param("hours", "x").param("minutes", ""));
		assertThat(invalid.select(".govuk-error-summary a").attr("href")).isEqualTo("#hours");

		String location = mvc.perform(post(base + "/listings/" + request.id() + "/respond").with(csrf())
			.cookie(maxSession).param("message", "Happy to").param("hours", "1").param("minutes", ""))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith(base + "/exchanges/");
		assertThat(page(get(location).cookie(maxSession)).select(".govuk-notification-banner").text()).contains("Sent");
		Document proposed = page(get(location).cookie(louSession));
		assertThat(proposed.select("form[action$=/accept]")).hasSize(1);
		mvc.perform(post(location + "/accept").with(csrf()).cookie(louSession)).andExpect(status().is3xxRedirection());
		page(get(location).cookie(louSession));
		mvc.perform(post(location + "/done").with(csrf()).cookie(maxSession).param("hours", "")
			.param("minutes", "")).andExpect(status().is3xxRedirection());
		Document badDone = page(get(location).cookie(maxSession));
		assertThat(badDone.select(".govuk-error-summary a").attr("href")).as(badDone.text()).isEqualTo("#hours");
		mvc.perform(post(location + "/done").with(csrf()).cookie(maxSession).param("hours", "1").param("minutes", "15"))
			.andExpect(status().is3xxRedirection());
		Document toConfirm = page(get(location).cookie(louSession));
		assertThat(toConfirm.select("form[action$=/confirm] button").text()).isEqualTo("Confirm 1 h 15 min");
		mvc.perform(post(location + "/confirm").with(csrf()).cookie(louSession)).andExpect(status().is3xxRedirection());
		mvc.perform(post(location + "/confirm").with(csrf()).cookie(louSession)).andExpect(status().is3xxRedirection());
		assertThat(balance(helping)).isEqualTo(75);
		Document completed = page(get(location).cookie(maxSession));
		assertThat(completed.select("main .govuk-tag").text()).isEqualTo("Complete");
		assertThat(completed.select("form[action$=/reference]")).hasSize(1);
		Document list = page(get(base + "/exchanges").cookie(maxSession));
		assertThat(list.select("table a").attr("href")).isEqualTo(location);
		Document late = page(post(location + "/accept").with(csrf()).cookie(louSession));
		assertThat(late.select("h1").text()).isEqualTo("That cannot be done");
	}

	@Test
	void theBrokersRecordPageReportsEachProblemAndShowsWhoRecordedIt() throws Exception {
		TimeBank bank = fixtures.bank();
		Member ned = fixtures.member(bank, fixtures.person("Ned Offline"));
		Member ola = fixtures.member(bank, fixtures.person("Ola Offline"));
		Cookie broker = fixtures.session(fixtures.broker());
		String base = "/timebanks/" + bank.slug();
		Document form = page(get(base + "/record?provider=" + ned.id()).cookie(broker));
		assertThat(form.select("#provider option[selected]").attr("value")).isEqualTo(ned.id().toString());
		Document invalid = page(post(base + "/record").with(csrf()).cookie(broker).param("provider", ned.id().toString()));
		assertThat(invalid.select(".govuk-error-summary li")).hasSize(5);
		String location = mvc.perform(post(base + "/record").with(csrf()).cookie(broker)
			.param("provider", ned.id().toString()).param("recipient", ola.id().toString())
			.param("category", "gardening").param("description", "Mowing").param("hours", "2").param("minutes", "")
			.param("day", "2").param("month", "3").param("year", "2026"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		Document recorded = page(get(location).cookie(broker));
		assertThat(recorded.text()).contains("Demo Broker").contains("(broker)").contains("By a broker");
		assertThat(balance(ned)).isEqualTo(120);
	}

	@Test
	void anAgreedTimeIsKeptInLondonTimeAndShownOnTheExchangePageAsADayAndTime() throws Exception {
		TimeBank bank = fixtures.bank();
		Someone nia = fixtures.person("Nia Time");
		Someone oz = fixtures.person("Oz Time");
		Member asking = fixtures.member(bank, nia);
		fixtures.member(bank, oz);
		Listing request = listings.post(bank, nia.id(), asking.id(),
				new NewListing("REQUEST", "gardening", "Hedge trimming", "", "", "", ""));
		Exchange started = exchanges.respond(bank, oz.id(), request.id(), Response.blank());
		exchanges.accept(bank, nia.id(), started.id());

		// A summer day, so British Summer Time: 2:30pm in London is 13:30 UTC.
		exchanges.agreeTime(bank, oz.id(), started.id(), "14", "7", "2026", "2:30pm");
		assertThat(exchanges.view(bank, nia.id(), started.id()).agreedFor())
			.isEqualTo(java.time.Instant.parse("2026-07-14T13:30:00Z"));

		Document page = page(get("/timebanks/" + bank.slug() + "/exchanges/" + started.id())
			.cookie(fixtures.session(nia)));
		assertThat(page.select(".govuk-summary-list__row").stream()
			.filter(row -> row.select("dt").text().equals("When")).findFirst().orElseThrow()
			.select("dd").text()).isEqualTo("14 July 2026, 2:30pm");
		assertThat(page.text()).doesNotContain("2026-07-14");

		// Through the form, another time replaces it.
		Cookie ozSession = fixtures.session(oz);
		String self = "/timebanks/" + bank.slug() + "/exchanges/" + started.id();
		mvc.perform(post(self + "/time").with(csrf()).cookie(ozSession).param("day", "2").param("month", "12")
			.param("year", "2026").param("time", "10am")).andExpect(status().is3xxRedirection());
		assertThat(exchanges.view(bank, oz.id(), started.id()).agreedFor())
			.isEqualTo(java.time.Instant.parse("2026-12-02T10:00:00Z"));
		assertThat(page(get(self).cookie(ozSession)).select("dd").eachText()).contains("2 December 2026, 10:00am");
	}

	private Document page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
	}
}
