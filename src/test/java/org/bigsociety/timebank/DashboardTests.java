package org.bigsociety.timebank;

import java.time.LocalDate;
import java.time.ZoneId;

import org.bigsociety.IntegrationTest;
import org.bigsociety.TestClock;
import org.bigsociety.timebank.exchanges.Exchanges;
import org.bigsociety.timebank.exchanges.Exchanges.Recorded;
import org.bigsociety.timebank.exchanges.Reports;
import org.bigsociety.timebank.ledger.Holder;
import org.bigsociety.timebank.ledger.IdempotencyKey;
import org.bigsociety.timebank.ledger.Ledger;
import org.bigsociety.timebank.ledger.Recording;
import org.bigsociety.timebank.ledger.TransferRequest;
import org.bigsociety.timebank.membership.Member;
import org.bigsociety.timebank.membership.Memberships;
import org.bigsociety.timebank.membership.TimeBank;
import org.bigsociety.timebank.membership.TimeBankManagement;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@IntegrationTest
class DashboardTests {

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
	TestClock clock;

	@Autowired
	Ledger ledger;

	@Autowired
	Reports reports;

	TimeBankFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new TimeBankFixtures(mvc, jdbc, management, memberships);
	}

	@Test
	void theDashboardCountsHoursMembersAndCategoriesPerMonthInChartsWithTables() throws Exception {
		TimeBank bank = fixtures.bank();
		Member one = fixtures.member(bank, fixtures.person("Dee Dashboard"));
		Member two = fixtures.member(bank, fixtures.person("Eli Dashboard"));
		Member three = fixtures.member(bank, fixtures.person("Flo Dashboard"));
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
		LocalDate lastMonth = today.minusMonths(1).withDayOfMonth(10);
		record(bank, one, two, "gardening", "2", today.withDayOfMonth(1));
		record(bank, two, three, "gardening", "2", today.withDayOfMonth(1));
		record(bank, three, one, "cooking", "3", lastMonth);

		Document page = Jsoup.parse(mvc.perform(get("/timebanks/" + bank.slug() + "/dashboard")).andReturn()
			.getResponse().getContentAsString());
		assertThat(page.select("svg[role=img]")).hasSize(4);
		assertThat(page.select("svg[role=img] title").first().text()).isEqualTo("Hours exchanged each month");
		Element thisMonth = page.select("table").first().select("tbody tr").last();
		assertThat(thisMonth.select("td").eachText()).containsExactly("4 h", "2", "3", "3");
		Element previous = page.select("table").first().select("tbody tr").get(10);
		assertThat(previous.select("td").eachText()).containsExactly("3 h", "1", "2", "0");
		assertThat(page.select("table").get(1).select("tbody th").eachText())
			.containsExactly("Gardening", "Cooking and meals");
		assertThat(page.select("svg[role=img]").first().select("rect")).hasSize(12);
	}

	@Test
	void exchangesBetweenPeopleOfDifferentWardsCountAsBringingNeighbourhoodsTogether() throws Exception {
		TimeBank bank = fixtures.bank();
		// E8 1DY and E9 6AA are in different Hackney wards; N16 0AB in a third.
		Member dalston = fixtures.member(bank, fixtures.person("Ida Crossing", "E8 1DY"));
		Member alsoDalston = fixtures.member(bank, fixtures.person("Jon Crossing", "E8 1DY"));
		Member hackneyWick = fixtures.member(bank, fixtures.person("Kit Crossing", "E9 6AA"));
		Member stokeNewington = fixtures.member(bank, fixtures.person("Liz Crossing", "N16 0AB"));
		assertThat(dalston.area()).isNotNull().isEqualTo(alsoDalston.area());
		assertThat(hackneyWick.area()).isNotNull().isNotEqualTo(dalston.area());
		assertThat(stokeNewington.area()).isNotNull().isNotIn(dalston.area(), hackneyWick.area());
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
		record(bank, dalston, hackneyWick, "gardening", "1", today);
		record(bank, stokeNewington, dalston, "cooking", "1", today);
		record(bank, hackneyWick, stokeNewington, "lifts", "1", today);
		record(bank, dalston, alsoDalston, "gardening", "1", today);

		assertThat(reports.crossing(bank.id())).isEqualTo(new Reports.Crossing(3, 1, 0));
		Document page = Jsoup.parse(mvc.perform(get("/timebanks/" + bank.slug() + "/dashboard")).andReturn()
			.getResponse().getContentAsString());
		assertThat(page.text()).contains("75% of exchanges joined people from different neighbourhoods.");
		Element table = page.select("table").stream()
			.filter(t -> t.select("caption").text().equals("Bringing neighbourhoods together"))
			.findFirst().orElseThrow();
		assertThat(table.select("tbody tr").eachText()).containsExactly("Different neighbourhoods 3",
				"The same neighbourhood 1", "Not known 0");
	}

	@Test
	void eachBankShowsWhatItOwesAndIsOwedByTheOtherTimeBanks() throws Exception {
		TimeBank giving = fixtures.bank();
		TimeBank receiving = fixtures.bank();
		Member helper = fixtures.member(giving, fixtures.person("Gil Between"));
		Member helped = fixtures.member(receiving, fixtures.person("Hal Between"));
		ledger.transferBetweenBanks(new TransferRequest(account(receiving, helped), account(giving, helper),
				Minutes.of(90), Recording.by(fixtures.broker().id(), IdempotencyKey.of("between-" + receiving.slug()),
						"Help across banks")));

		Element owing = otherBanksTable(receiving);
		assertThat(owing.select("tbody th").eachText()).containsExactly(giving.name());
		assertThat(owing.select("tbody td").get(0).text()).isNotEmpty();
		assertThat(owing.select("tbody td").get(1).text()).isEmpty();
		Element owed = otherBanksTable(giving);
		assertThat(owed.select("tbody th").eachText()).containsExactly(receiving.name());
		assertThat(owed.select("tbody td").get(0).text()).isEmpty();
		assertThat(owed.select("tbody td").get(1).text()).isEqualTo(owing.select("tbody td").get(0).text());
	}

	@Test
	void aBankThatHasNeverDealtWithAnotherSaysNothingIsOwed() throws Exception {
		TimeBank bank = fixtures.bank();
		Document page = Jsoup.parse(mvc.perform(get("/timebanks/" + bank.slug() + "/dashboard")).andReturn()
			.getResponse().getContentAsString());
		assertThat(page.text()).contains("Nothing is owed either way.");
	}

	private org.bigsociety.timebank.ledger.AccountId account(TimeBank bank, Member member) {
		return ledger.accountOf(bank.id(), Holder.person(member.person())).orElseThrow().id();
	}

	private Element otherBanksTable(TimeBank bank) throws Exception {
		Document page = Jsoup.parse(mvc.perform(get("/timebanks/" + bank.slug() + "/dashboard")).andReturn()
			.getResponse().getContentAsString());
		return page.select("table").stream()
			.filter(table -> table.select("caption").text().equals("Between time banks"))
			.findFirst().orElseThrow();
	}

	private void record(TimeBank bank, Member from, Member to, String category, String hours, LocalDate day) {
		exchanges.record(bank, fixtures.broker().id(), new Recorded(from.id(), to.id(), category, "Help", hours, "",
				Integer.toString(day.getDayOfMonth()), Integer.toString(day.getMonthValue()),
				Integer.toString(day.getYear())));
	}
}
