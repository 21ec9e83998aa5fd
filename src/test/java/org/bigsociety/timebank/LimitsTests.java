package org.bigsociety.timebank;

import jakarta.servlet.http.Cookie;

import org.bigsociety.IntegrationTest;
import org.bigsociety.timebank.TimeBankFixtures.Someone;
import org.bigsociety.timebank.exchanges.Exchanges;
import org.bigsociety.timebank.exchanges.Exchanges.Recorded;
import org.bigsociety.timebank.ledger.Limits;
import org.bigsociety.timebank.membership.BookLimits;
import org.bigsociety.timebank.membership.Invalid;
import org.bigsociety.timebank.membership.LedgerBooks;
import org.bigsociety.timebank.membership.Member;
import org.bigsociety.timebank.membership.Memberships;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Each time bank sets its own limits: a broker changes them on a page, and the ledger enforces them at once. */
@IntegrationTest
class LimitsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TimeBankManagement management;

	@Autowired
	Memberships memberships;

	@Autowired
	Exchanges exchanges;

	@Autowired
	BookLimits limits;

	@Autowired
	LedgerBooks ledger;

	TimeBankFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new TimeBankFixtures(mvc, jdbc, management, memberships);
	}

	@Test
	void aBrokerSetsTheTimeBanksLimitsAndTheyApplyAtOnce() throws Exception {
		TimeBank bank = fixtures.bank();
		Member ada = fixtures.member(bank, fixtures.person("Ada Limits"));
		Member ben = fixtures.member(bank, fixtures.person("Ben Limits"));
		Cookie broker = fixtures.session(fixtures.broker());
		Limits before = limits.of(bank);
		Document page = Jsoup.parse(mvc.perform(get("/timebanks/" + bank.slug() + "/limits").cookie(broker))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#below").val()).isEqualTo(String.valueOf(-before.floor().value() / 60));
		assertThat(page.select("#up").val()).isEqualTo(String.valueOf(before.ceiling().value() / 60));

		mvc.perform(post("/timebanks/" + bank.slug() + "/limits").with(csrf()).cookie(broker)
			.param("below", "2").param("up", " 20 ").param("gift", "1"))
			.andExpect(redirectedUrl("/timebanks/" + bank.slug() + "/limits"));

		Limits after = limits.of(bank);
		assertThat(after.floor().value()).isEqualTo(-120);
		assertThat(after.ceiling().value()).isEqualTo(1200);
		assertThat(after.startingGift().value()).isEqualTo(60);
		// Enforced at once: Ada may now go 2 hours below zero, not 3.
		long adaBalance = ledger.balance(ada).orElseThrow().value();
		assertThatThrownBy(() -> exchanges.record(bank, fixtures.broker().id(), new Recorded(ben.id(), ada.id(),
				"gardening", "Digging", String.valueOf(adaBalance / 60 + 3), "", "1", "3", "2026")))
			.isInstanceOf(RuntimeException.class);
		assertThat(ledger.balance(ada).orElseThrow().value()).isEqualTo(adaBalance);
	}

	@Test
	void wrongValuesChangeNothingAndSayWhatIsWrong() throws Exception {
		TimeBank bank = fixtures.bank();
		Cookie broker = fixtures.session(fixtures.broker());
		Limits before = limits.of(bank);
		Document page = Jsoup.parse(mvc.perform(post("/timebanks/" + bank.slug() + "/limits").with(csrf())
			.cookie(broker).param("below", "-3").param("up", "0").param("gift", "99999999"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#below", "#up", "#gift");
		assertThat(page.select("#below").val()).isEqualTo("-3");
		assertThatThrownBy(() -> limits.change(bank, fixtures.broker().id(), "10", "5", "6"))
			.isInstanceOfSatisfying(Invalid.class,
					invalid -> assertThat(invalid.errors()).containsEntry("gift", "timebank.limits.gift.aboveCeiling"));
		assertThatThrownBy(() -> limits.change(bank, fixtures.broker().id(), null, "", "x"))
			.isInstanceOfSatisfying(Invalid.class,
					invalid -> assertThat(invalid.errors()).containsOnlyKeys("below", "up", "gift"));
		assertThat(limits.of(bank)).isEqualTo(before);
	}

	@Test
	void limitsThatWouldLeaveAMemberOutsideThemAreRefused() throws Exception {
		TimeBank bank = fixtures.bank();
		Member giver = fixtures.member(bank, fixtures.person("Cal Limits"));
		Member receiver = fixtures.member(bank, fixtures.person("Dee Limits"));
		exchanges.record(bank, fixtures.broker().id(), new Recorded(giver.id(), receiver.id(), "gardening", "Digging",
				"3", "", "1", "3", "2026"));
		Limits before = limits.of(bank);
		long owed = -ledger.balance(receiver).orElseThrow().value();
		assertThat(owed).isPositive();
		// The receiver now owes hours: a floor of zero would leave them below it.
		assertThatThrownBy(() -> limits.change(bank, fixtures.broker().id(), "0", "100", "0"))
			.isInstanceOfSatisfying(Invalid.class,
					invalid -> assertThat(invalid.errors()).containsEntry("below", "timebank.limits.excludeBalances"));
		assertThat(limits.of(bank)).isEqualTo(before);
	}

	@Test
	void onlyABrokerOfTheTimeBankChangesItsLimits() throws Exception {
		TimeBank bank = fixtures.bank();
		Someone member = fixtures.person("Eve Limits");
		fixtures.member(bank, member);
		Limits before = limits.of(bank);
		assertThatThrownBy(() -> limits.change(bank, member.id(), "1", "2", "0"))
			.isInstanceOf(AccessDeniedException.class);
		Cookie session = fixtures.session(member);
		mvc.perform(post("/timebanks/" + bank.slug() + "/limits").with(csrf()).cookie(session)
			.param("below", "1").param("up", "2").param("gift", "0")).andExpect(status().isForbidden());
		mvc.perform(get("/timebanks/" + bank.slug() + "/limits").cookie(session)).andExpect(status().isForbidden());
		assertThat(limits.of(bank)).isEqualTo(before);
	}
}
