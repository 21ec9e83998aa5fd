package org.bigsociety.timebank;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.bigsociety.IntegrationTest;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.account.AccountErasure;
import org.bigsociety.timebank.membership.LedgerBooks;
import org.bigsociety.timebank.membership.Member;
import org.bigsociety.timebank.membership.Members;
import org.bigsociety.timebank.membership.Memberships;
import org.bigsociety.timebank.membership.TimeBank;
import org.bigsociety.timebank.membership.TimeBankManagement;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Members without email or internet, enrolled in person by a broker, then acted for like any member. */
@IntegrationTest
class OfflineMemberTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TimeBankManagement management;

	@Autowired
	Memberships memberships;

	@Autowired
	Members members;

	@Autowired
	LedgerBooks ledger;

	@Autowired
	People people;

	@Autowired
	AccountErasure erasure;

	TimeBankFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new TimeBankFixtures(mvc, jdbc, management, memberships);
	}

	static String uniqueName(String first) {
		return first + " Offline " + UUID.randomUUID().toString().substring(0, 6);
	}

	static MockHttpServletRequestBuilder enrolForm(TimeBank bank, String name, String token) {
		return post("/timebanks/" + bank.slug() + "/members/enrol-offline").with(csrf())
			.param("name", name)
			.param("postcode", "e8 1dy")
			.param("phone", "020 7946 0000")
			.param("reference", "P-123")
			.param("supported", "yes")
			.param("agreed", "yes")
			.param("token", token);
	}

	Member enrolled(String location) {
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		return members.find(id).orElseThrow();
	}

	long accountsNamed(String name) {
		return jdbc.sql("SELECT count(*) FROM people.account WHERE display_name = :name").param("name", name)
			.query(Long.class).single();
	}

	@Test
	void aBrokerEnrolsSomeoneWithoutTheInternetAsAnApprovedSupportedMember() throws Exception {
		TimeBank bank = fixtures.bank();
		Cookie broker = fixtures.session(fixtures.broker());
		String base = "/timebanks/" + bank.slug();
		Document form = Jsoup.parse(mvc.perform(get(base + "/members/enrol-offline").cookie(broker))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(form.select("h1").text()).isEqualTo("Enrol someone without the internet");
		assertThat(form.select("#supported").hasAttr("checked")).isTrue();
		assertThat(form.select("#agreed").hasAttr("checked")).isFalse();
		String name = uniqueName("Ada");

		String location = mvc.perform(enrolForm(bank, name, form.select("input[name=token]").val()).cookie(broker))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

		Member member = enrolled(location);
		assertThat(location).isEqualTo(base + "/members/" + member.id());
		assertThat(member.approved()).isTrue();
		assertThat(member.supported()).isTrue();
		assertThat(member.decidedBy()).isEqualTo(fixtures.broker().id());
		assertThat(member.area()).isNotNull();
		assertThat(ledger.balance(member).orElseThrow().value()).isZero();
		assertThat(people.find(member.person()).orElseThrow().displayName()).isEqualTo(name);
		assertThat(people.sendMail(member.person(), "Hello", "Nobody reads this")).isFalse();
		Document page = Jsoup.parse(mvc.perform(get(location).cookie(broker)).andReturn().getResponse()
			.getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo(name);
		assertThat(page.text()).contains("Enrolled in person").contains("by Demo Broker (paper form P-123)")
			.contains("Cannot sign in or get emails");
		Document list = Jsoup.parse(mvc.perform(get(base + "/members").cookie(broker)).andReturn().getResponse()
			.getContentAsString());
		assertThat(list.select("tbody a").eachText()).contains(name);
	}

	@Test
	void theBrokerRecordsAnExchangeForThemAndSeesItOnTheirStatementAndTimeSheet() throws Exception {
		TimeBank bank = fixtures.bank();
		Cookie broker = fixtures.session(fixtures.broker());
		String base = "/timebanks/" + bank.slug();
		String name = uniqueName("Bob");
		Member offline = enrolled(mvc.perform(enrolForm(bank, name, UUID.randomUUID().toString()).cookie(broker))
			.andReturn().getResponse().getRedirectedUrl());
		String otherName = uniqueName("Cleo");
		Member other = enrolled(mvc.perform(enrolForm(bank, otherName, UUID.randomUUID().toString()).cookie(broker))
			.andReturn().getResponse().getRedirectedUrl());

		Document recordPage = Jsoup.parse(mvc.perform(get(base + "/record?provider=" + offline.id()).cookie(broker))
			.andReturn().getResponse().getContentAsString());
		assertThat(recordPage.select("#provider option[selected]").text()).contains(name);
		mvc.perform(post(base + "/record").with(csrf()).cookie(broker)
			.param("provider", Long.toString(offline.id()))
			.param("recipient", Long.toString(other.id()))
			.param("category", "shopping-errands")
			.param("description", "Weekly shop")
			.param("hours", "2").param("minutes", "")
			.param("day", "2").param("month", "3").param("year", "2026"))
			.andExpect(status().is3xxRedirection());

		assertThat(ledger.balance(offline).orElseThrow().value()).isEqualTo(120);
		Document statement = Jsoup.parse(mvc.perform(get(base + "/members/" + offline.id() + "/statement")
			.cookie(broker)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(statement.select("tbody tr").text()).contains(otherName).contains("recorded by Demo Broker")
			.contains("2 h");
		Document sheet = Jsoup.parse(mvc.perform(get(base + "/members/" + offline.id() + "/timesheet")
			.cookie(broker)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(sheet.select("h1").text()).isEqualTo("Time sheet for " + name);
		assertThat(sheet.text()).contains(Long.toString(offline.id()));
	}

	@Test
	void anIncompleteOrWrongFormIsShownAgainWithEachProblemAndEnrolsNobody() throws Exception {
		TimeBank bank = fixtures.bank();
		Cookie broker = fixtures.session(fixtures.broker());
		String path = "/timebanks/" + bank.slug() + "/members/enrol-offline";
		long before = jdbc.sql("SELECT count(*) FROM timebank.member WHERE time_bank_id = :bank")
			.param("bank", bank.id().value()).query(Long.class).single();

		Document blank = Jsoup.parse(mvc.perform(post(path).with(csrf()).cookie(broker))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(blank.select(".govuk-error-summary a").eachAttr("href"))
			.containsExactly("#name", "#postcode", "#agreed");
		assertThat(blank.select("#supported").hasAttr("checked")).isFalse();

		String name = uniqueName("Dee");
		Document wrong = Jsoup.parse(mvc.perform(post(path).with(csrf()).cookie(broker)
			.param("name", name).param("postcode", "NOT A POSTCODE").param("phone", "call me")
			.param("reference", "R".repeat(61)).param("agreed", "yes").param("token", "x"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(wrong.select(".govuk-error-summary a").eachAttr("href"))
			.containsExactly("#postcode", "#phone", "#reference");
		assertThat(wrong.select("#name").val()).isEqualTo(name);
		assertThat(wrong.select("#agreed").hasAttr("checked")).isTrue();

		Document huge = Jsoup.parse(mvc.perform(post(path).with(csrf()).cookie(broker)
			.param("name", "N".repeat(100_000)).param("postcode", "E8 1DY").param("agreed", "maybe"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(huge.select(".govuk-error-summary a").eachText())
			.containsExactly("Their name must be 80 characters or fewer",
					"Confirm that they agreed to join and to brokers acting for them");

		assertThat(accountsNamed(name)).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM timebank.member WHERE time_bank_id = :bank")
			.param("bank", bank.id().value()).query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void theSameFormSentTwiceEnrolsThePersonOnce() throws Exception {
		TimeBank bank = fixtures.bank();
		Cookie broker = fixtures.session(fixtures.broker());
		String name = uniqueName("Eve");
		String token = UUID.randomUUID().toString();

		String first = mvc.perform(enrolForm(bank, name, token).cookie(broker)).andReturn().getResponse()
			.getRedirectedUrl();
		String second = mvc.perform(enrolForm(bank, name, token).cookie(broker)).andReturn().getResponse()
			.getRedirectedUrl();

		assertThat(second).isEqualTo(first);
		assertThat(accountsNamed(name)).isEqualTo(1);
	}

	@Test
	void aBrokerMayLeaveTheSupportedFlagOff() throws Exception {
		TimeBank bank = fixtures.bank();
		Cookie broker = fixtures.session(fixtures.broker());
		String location = mvc.perform(post("/timebanks/" + bank.slug() + "/members/enrol-offline").with(csrf())
			.cookie(broker).param("name", uniqueName("Fay")).param("postcode", "N16 0AB").param("agreed", "yes"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

		Member member = enrolled(location);
		assertThat(member.approved()).isTrue();
		assertThat(member.supported()).isFalse();
	}

	@Test
	void onlyBrokersOfTheTimeBankMayEnrol() throws Exception {
		TimeBank bank = fixtures.bank();
		String path = "/timebanks/" + bank.slug() + "/members/enrol-offline";
		String name = uniqueName("Gil");
		Cookie resident = fixtures.session(fixtures.demoResident());

		mvc.perform(get(path).cookie(resident)).andExpect(status().isForbidden());
		mvc.perform(enrolForm(bank, name, UUID.randomUUID().toString()).cookie(resident))
			.andExpect(status().isForbidden());
		mvc.perform(get(path)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/timebanks/no-such-bank-here/members/enrol-offline")
			.cookie(fixtures.session(fixtures.broker()))).andExpect(status().isNotFound());

		assertThat(accountsNamed(name)).isZero();
	}

	@Test
	void erasingTheirAccountDropsThePaperReferenceButKeepsTheBooks() throws Exception {
		TimeBank bank = fixtures.bank();
		Cookie broker = fixtures.session(fixtures.broker());
		Member member = enrolled(mvc.perform(enrolForm(bank, uniqueName("Hal"), UUID.randomUUID().toString())
			.cookie(broker)).andReturn().getResponse().getRedirectedUrl());
		PersonId person = member.person();

		erasure.delete(person);

		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (members.find(member.id()).orElseThrow().approved() && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
		}
		assertThat(members.find(member.id()).orElseThrow().approved()).isFalse();
		assertThat(jdbc.sql("""
				SELECT count(*) FROM timebank.offline_enrolment WHERE member_id = :m AND paper_reference IS NOT NULL""")
			.param("m", member.id()).query(Long.class).single()).isZero();
		assertThat(people.find(person)).isEmpty();
		assertThat(ledger.balance(member)).isPresent();
	}

	@Test
	void aBrokerHelpsAnOfflineMemberGoOnlineWithAnEmailAddress() throws Exception {
		TimeBank bank = fixtures.bank();
		Cookie broker = fixtures.session(fixtures.broker());
		String name = uniqueName("Ivy");
		String location = mvc.perform(enrolForm(bank, name, UUID.randomUUID().toString()).cookie(broker))
			.andReturn().getResponse().getRedirectedUrl();
		Document page = Jsoup.parse(mvc.perform(get(location).cookie(broker)).andReturn().getResponse()
			.getContentAsString());
		assertThat(page.select("h2").eachText()).contains("Help them go online");

		Document wrong = Jsoup.parse(mvc.perform(post(location + "/online").with(csrf()).cookie(broker)
			.param("email", "ivy at home")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(wrong.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#email");
		assertThat(wrong.select("#email").val()).isEqualTo("ivy at home");
		Document taken = Jsoup.parse(mvc.perform(post(location + "/online").with(csrf()).cookie(broker)
			.param("email", "resident@demo.bigsociety.org.uk")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		assertThat(taken.select(".govuk-error-summary").text()).contains("Another account already uses");
		mvc.perform(post(location + "/online").with(csrf()).cookie(fixtures.session(fixtures.demoResident()))
			.param("email", "ivy@example.net")).andExpect(status().isForbidden());

		String email = "ivy-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
		mvc.perform(post(location + "/online").with(csrf()).cookie(broker).param("email", email))
			.andExpect(status().is3xxRedirection());

		assertThat(jdbc.sql("SELECT subject FROM platform.outbox WHERE recipient = :to").param("to", email)
			.query(String.class).list()).containsExactly("Set a password for your Big Society account");
		Member member = enrolled(location);
		mvc.perform(post("/timebanks/" + bank.slug() + "/members/" + member.id() + "/online").with(csrf())
			.cookie(broker).param("email", "")).andExpect(status().isOk());

		TimeBank another = fixtures.bank();
		Member ordinary = fixtures.member(another, fixtures.person(uniqueName("Jo")));
		mvc.perform(post("/timebanks/" + another.slug() + "/members/" + ordinary.id() + "/online").with(csrf())
			.cookie(broker).param("email", "jo@example.net")).andExpect(status().isConflict());
		mvc.perform(post("/timebanks/" + another.slug() + "/members/" + member.id() + "/online").with(csrf())
			.cookie(broker).param("email", "jo@example.net")).andExpect(status().isNotFound());
	}

	@Test
	void theDemoTimeBankHasTwoMembersEnrolledInPersonWithAnExchangeBetweenThem() {
		var names = jdbc.sql("""
				SELECT m.person_id FROM timebank.offline_enrolment e
				JOIN timebank.member m ON m.id = e.member_id
				JOIN timebank.time_bank b ON b.id = m.time_bank_id
				WHERE b.slug = 'hackney-time-bank' AND e.form_token LIKE 'demo-offline-%'
				ORDER BY e.form_token""")
			.query(Long.class)
			.list()
			.stream()
			.map(id -> people.find(new PersonId(id)).orElseThrow().displayName())
			.toList();
		assertThat(names).containsExactly("Doris Whitfield", "Winston Clarke");
		assertThat(jdbc.sql("SELECT count(*) FROM timebank.exchange WHERE description = 'Weekly shop from Ridley Road'")
			.query(Long.class).single()).isEqualTo(1);
	}
}
