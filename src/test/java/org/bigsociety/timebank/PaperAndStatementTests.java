package org.bigsociety.timebank;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.bigsociety.IntegrationTest;
import org.bigsociety.timebank.TimeBankFixtures.Someone;
import org.bigsociety.timebank.exchanges.Exchanges;
import org.bigsociety.timebank.exchanges.Exchanges.Recorded;
import org.bigsociety.timebank.exchanges.PaperSheets;
import org.bigsociety.timebank.exchanges.PaperSheets.Imported;
import org.bigsociety.timebank.exchanges.PaperSheets.Rejected;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PaperAndStatementTests {

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
	PaperSheets sheets;

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

	static byte[] csv(String... lines) {
		return (PaperSheets.HEADER + "\r\n" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void aSheetWithAnyBadRowImportsNothingAndNamesEachProblemByLine() throws Exception {
		TimeBank bank = fixtures.bank();
		Member vic = fixtures.member(bank, fixtures.person("Vic Paper"));
		Member wyn = fixtures.member(bank, fixtures.person("Wyn Paper"));
		byte[] bad = csv(vic.id() + "," + "x",
				"01/03/2026," + vic.id() + "," + wyn.id() + ",gardening,1:30,Weeding",
				"31/02/2026," + vic.id() + ",999999999,gardens,0,",
				"02/03/2026," + vic.id() + "," + vic.id() + ",cooking,25,Soup");
		assertThatThrownBy(() -> sheets.importSheet(bank, fixtures.broker().id(), bad))
			.isInstanceOfSatisfying(Rejected.class, rejected -> assertThat(rejected.problems())
				.extracting(PaperSheets.Problem::line, PaperSheets.Problem::messageKey)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "timebank.import.columns"),
						org.assertj.core.groups.Tuple.tuple(4, "timebank.import.date"),
						org.assertj.core.groups.Tuple.tuple(4, "timebank.import.helped"),
						org.assertj.core.groups.Tuple.tuple(4, "timebank.import.category"),
						org.assertj.core.groups.Tuple.tuple(4, "timebank.import.hours"),
						org.assertj.core.groups.Tuple.tuple(4, "timebank.import.description"),
						org.assertj.core.groups.Tuple.tuple(5, "timebank.import.same"),
						org.assertj.core.groups.Tuple.tuple(5, "timebank.import.hours")));
		assertThat(balance(vic)).isZero();
		assertThatThrownBy(() -> sheets.importSheet(bank, fixtures.broker().id(), "date,who\n".getBytes()))
			.isInstanceOf(Rejected.class);
	}

	@Test
	void aGoodSheetImportsEveryRowOnceEvenWhenUploadedTwice() throws Exception {
		TimeBank bank = fixtures.bank();
		Member xia = fixtures.member(bank, fixtures.person("Xia Paper"));
		Member yan = fixtures.member(bank, fixtures.person("Yan Paper"));
		byte[] good = csv("01/03/2026," + xia.id() + "," + yan.id() + ",gardening,1:30,\"Weeding, and mowing\"",
				"2026-03-02," + yan.id() + "," + xia.id() + ",cooking,0.5,Soup",
				"2026-03-02," + yan.id() + "," + xia.id() + ",cooking,0.5,Soup");
		assertThatThrownBy(() -> sheets.importSheet(bank, fixtures.demoResident().id(), good))
			.isInstanceOf(AccessDeniedException.class);
		Imported first = sheets.importSheet(bank, fixtures.broker().id(), good);
		assertThat(first).isEqualTo(new Imported(3, 0));
		assertThat(balance(xia)).isEqualTo(30);
		Imported again = sheets.importSheet(bank, fixtures.broker().id(), good);
		assertThat(again).isEqualTo(new Imported(0, 3));
		assertThat(balance(xia)).isEqualTo(30);
		assertThat(balance(yan)).isEqualTo(-30);
	}

	@Test
	void theImportPageListsProblemsAndThenReportsWhatWasImported() throws Exception {
		TimeBank bank = fixtures.bank();
		Member zed = fixtures.member(bank, fixtures.person("Zed Paper"));
		Member abe = fixtures.member(bank, fixtures.person("Abe Paper"));
		Cookie broker = fixtures.session(fixtures.broker());
		String base = "/timebanks/" + bank.slug();
		Document bad = Jsoup.parse(mvc.perform(multipart(base + "/import")
			.file(new MockMultipartFile("sheet", "sheet.csv", "text/csv", csv("01/03/2026,1,2,nothing,1,x")))
			.with(csrf()).cookie(broker)).andReturn().getResponse().getContentAsString());
		assertThat(bad.select(".govuk-error-summary li").eachText()).allMatch(text -> text.startsWith("Line 2:"));
		String location = mvc.perform(multipart(base + "/import")
			.file(new MockMultipartFile("sheet", "sheet.csv", "text/csv",
					csv("01/03/2026," + zed.id() + "," + abe.id() + ",it-help,2,Printer")))
			.with(csrf()).cookie(broker)).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		Document done = Jsoup.parse(mvc.perform(get(location).cookie(broker)).andReturn().getResponse()
			.getContentAsString());
		assertThat(done.select(".govuk-panel__title").text()).isEqualTo("1 exchange imported");
	}

	@Test
	void aMembersStatementShowsEachMovementWithWhoRecordedItAndDownloadsAsCsv() throws Exception {
		TimeBank bank = fixtures.bank();
		Someone bea = fixtures.person("Bea Statement");
		Member earner = fixtures.member(bank, bea);
		Member other = fixtures.member(bank, fixtures.person("Cy Statement"));
		exchanges.record(bank, fixtures.broker().id(), new Recorded(earner.id(), other.id(), "gardening",
				"=HYPERLINK(\"x\"), weeding", "2", "", "1", "3", "2026"));
		Cookie session = fixtures.session(bea);
		String base = "/timebanks/" + bank.slug();
		Document page = Jsoup.parse(mvc.perform(get(base + "/statement").cookie(session)).andReturn().getResponse()
			.getContentAsString());
		assertThat(page.select("tbody tr")).hasSize(1);
		assertThat(page.select("tbody tr").text()).contains("Cy Statement").contains("recorded by Demo Broker")
			.contains("2 h");
		String csv = mvc.perform(get(base + "/statement.csv?months=0").cookie(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(csv.lines()).hasSize(2);
		assertThat(csv.lines().skip(1).findFirst().orElseThrow())
			.contains(",\"'=HYPERLINK(\"\"x\"\"), weeding\",Cy Statement,Demo Broker,120,120");
		mvc.perform(get(base + "/statement?months=7").cookie(session)).andExpect(status().isConflict());
		mvc.perform(get(base + "/members/" + earner.id() + "/statement").cookie(session))
			.andExpect(status().isForbidden());
		Cookie broker = fixtures.session(fixtures.broker());
		mvc.perform(get(base + "/members/" + earner.id() + "/statement.csv").cookie(broker))
			.andExpect(status().isOk());
		Document sheet = Jsoup.parse(mvc.perform(get(base + "/members/" + earner.id() + "/timesheet").cookie(broker))
			.andReturn().getResponse().getContentAsString());
		assertThat(sheet.select("h1").text()).isEqualTo("Time sheet for Bea Statement");
		assertThat(sheet.text()).contains("Gave help").contains(earner.id().toString());
	}
}
