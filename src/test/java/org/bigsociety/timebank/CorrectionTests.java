package org.bigsociety.timebank;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.bigsociety.IntegrationTest;
import org.bigsociety.timebank.TimeBankFixtures.Someone;
import org.bigsociety.timebank.exchanges.Exchanges;
import org.bigsociety.timebank.exchanges.Exchanges.Recorded;
import org.bigsociety.timebank.membership.Corrections;
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
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A broker corrects a mistake by reversing it from the member's statement; nothing is edited or deleted. */
@IntegrationTest
class CorrectionTests {

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
	Corrections corrections;

	@Autowired
	LedgerBooks ledger;

	TimeBankFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new TimeBankFixtures(mvc, jdbc, management, memberships);
	}

	@Test
	void aBrokerReversesAMistakeFromTheStatementOnceSayingWhy() throws Exception {
		TimeBank bank = fixtures.bank();
		Member helper = fixtures.member(bank, fixtures.person("Fay Correct"));
		Member helped = fixtures.member(bank, fixtures.person("Gil Correct"));
		long helperBefore = ledger.balance(helper).orElseThrow().value();
		long helpedBefore = ledger.balance(helped).orElseThrow().value();
		exchanges.record(bank, fixtures.broker().id(), new Recorded(helper.id(), helped.id(), "gardening",
				"Hedge cut twice on the sheet", "2", "", "1", "3", "2026"));
		Cookie broker = fixtures.session(fixtures.broker());
		String statement = "/timebanks/" + bank.slug() + "/members/" + helper.id() + "/statement";
		Document page = Jsoup.parse(mvc.perform(get(statement).cookie(broker)).andReturn().getResponse()
			.getContentAsString());
		String correct = page.select("a:contains(Correct a mistake)").attr("href");
		assertThat(correct).matches("/timebanks/.+/members/" + helper.id() + "/transfers/\\d+/correct");

		Document form = Jsoup.parse(mvc.perform(get(correct).cookie(broker)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
		assertThat(form.select(".govuk-summary-list").text()).contains("Hedge cut twice on the sheet").contains("2 h");
		String token = form.select("input[name=token]").val();
		Document missing = Jsoup.parse(mvc.perform(post(correct).with(csrf()).cookie(broker).param("token", token)
			.param("why", " ")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(missing.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#why");
		assertThat(ledger.balance(helper).orElseThrow().value()).isEqualTo(helperBefore + 120);

		mvc.perform(post(correct).with(csrf()).cookie(broker).param("token", token)
			.param("why", "Recorded twice from the same paper sheet")).andExpect(redirectedUrl(statement));
		// Pressed again (the same form): the first correction, not a second.
		mvc.perform(post(correct).with(csrf()).cookie(broker).param("token", token)
			.param("why", "Recorded twice from the same paper sheet")).andExpect(redirectedUrl(statement));
		assertThat(ledger.balance(helper).orElseThrow().value()).isEqualTo(helperBefore);
		assertThat(ledger.balance(helped).orElseThrow().value()).isEqualTo(helpedBefore);

		Document after = Jsoup.parse(mvc.perform(get(statement).cookie(broker)).andReturn().getResponse()
			.getContentAsString());
		assertThat(after.text()).contains("Hedge cut twice on the sheet").contains("Recorded twice from the same paper sheet");
		assertThat(after.select("a:contains(Correct a mistake)")).isEmpty();
		long transfer = Long.parseLong(correct.replaceAll(".*/transfers/(\\d+)/correct", "$1"));
		assertThatThrownBy(() -> corrections.reverse(bank, fixtures.broker().id(), helper, transfer, "Again",
				UUID.randomUUID().toString()))
			.isInstanceOfSatisfying(Invalid.class,
					invalid -> assertThat(invalid.errors()).containsEntry("why", "timebank.correct.already"));
	}

	@Test
	void onlyABrokerCorrectsAndOnlyWhatIsOnThatMembersStatement() throws Exception {
		TimeBank bank = fixtures.bank();
		Someone fay = fixtures.person("Hal Correct");
		Member helper = fixtures.member(bank, fay);
		Member helped = fixtures.member(bank, fixtures.person("Ida Correct"));
		Member other = fixtures.member(bank, fixtures.person("Jo Correct"));
		long transfer = exchanges.record(bank, fixtures.broker().id(), new Recorded(helper.id(), helped.id(),
				"gardening", "Weeding", "1", "", "1", "3", "2026")).transfer();
		String correct = "/timebanks/" + bank.slug() + "/members/" + helper.id() + "/transfers/" + transfer
				+ "/correct";
		long balance = ledger.balance(helper).orElseThrow().value();

		Cookie member = fixtures.session(fay);
		mvc.perform(get(correct).cookie(member)).andExpect(status().isForbidden());
		mvc.perform(post(correct).with(csrf()).cookie(member).param("token", UUID.randomUUID().toString())
			.param("why", "I would like my hours back")).andExpect(status().isForbidden());
		Cookie broker = fixtures.session(fixtures.broker());
		mvc.perform(get("/timebanks/" + bank.slug() + "/members/" + other.id() + "/transfers/" + transfer + "/correct")
			.cookie(broker)).andExpect(status().isNotFound());
		assertThat(ledger.balance(helper).orElseThrow().value()).isEqualTo(balance);
	}
}
