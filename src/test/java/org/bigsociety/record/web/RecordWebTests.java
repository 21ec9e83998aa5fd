package org.bigsociety.record.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.bigsociety.IntegrationTest;
import org.bigsociety.record.PublicRecord;
import org.bigsociety.record.RecordEntry;
import org.bigsociety.record.TestFact;
import org.bigsociety.record.chain.Recording;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigsociety.record.TestFact.fact;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class RecordWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ObjectMapper json;

	@Autowired
	PublicRecord record;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private RecordEntry append(TestFact fact) {
		return Recording.append(context, fact);
	}

	/** A kind no other test uses, so filtering by it finds only this test's entries. */
	private static String uniqueKind() {
		StringBuilder kind = new StringBuilder("test.");
		for (int i = 0; i < 12; i++) {
			kind.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return kind.toString();
	}

	@Test
	void apiPagesThroughEntriesOldestFirst() throws Exception {
		RecordEntry first = append(fact());
		RecordEntry second = append(fact());
		RecordEntry third = append(fact());

		mvc.perform(get("/api/v1/record").param("after", Long.toString(first.seq() - 1)).param("limit", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries.length()").value(2))
			.andExpect(jsonPath("$.entries[0].seq").value(first.seq()))
			.andExpect(jsonPath("$.entries[0].reference").value(first.reference()))
			.andExpect(jsonPath("$.entries[0].areaId").value(1))
			.andExpect(jsonPath("$.entries[0].hash").value(first.hash()))
			.andExpect(jsonPath("$.entries[1].seq").value(second.seq()))
			.andExpect(jsonPath("$.entries[1].previousHash").value(first.hash()))
			.andExpect(jsonPath("$.next").value(second.seq()));
		mvc.perform(get("/api/v1/record").param("after", Long.toString(second.seq())).param("limit", "1"))
			.andExpect(jsonPath("$.entries[0].seq").value(third.seq()));
	}

	@Test
	void apiSaysThereIsNoNextPageAtTheEnd() throws Exception {
		RecordEntry last = append(fact());
		mvc.perform(get("/api/v1/record").param("after", Long.toString(last.seq() - 1)).param("limit", "1000"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[0].seq").value(last.seq()))
			.andExpect(jsonPath("$.next").doesNotExist());
	}

	@Test
	void anyoneCanRecomputeAnEntrysHashFromTheJson() throws Exception {
		RecordEntry entry = append(fact().summary("Ünïcode and “quotes” survive: £5 for the café."));
		MvcResult result = mvc.perform(get("/api/v1/record/" + entry.seq())).andExpect(status().isOk()).andReturn();
		JsonNode node = json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));

		String canonical = String.join("\n", node.get("seq").asString(), node.get("recordedAt").asString(),
				node.get("areaId").asString(), node.get("kind").asString(), node.get("summary").asString(),
				node.get("reference").asString(), node.get("previousHash").asString());
		String hash = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		assertThat(hash).isEqualTo(node.get("hash").asString()).isEqualTo(entry.hash());
		assertThat(node.get("recordedAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
	}

	@Test
	void apiAnswersAnUnknownEntryWithProblemJson() throws Exception {
		mvc.perform(get("/api/v1/record/999999999"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value(containsString("999999999")));
	}

	@Test
	void apiRefusesBadPagingWithProblemJson() throws Exception {
		for (String[] params : new String[][] { { "limit", "0" }, { "limit", "1001" }, { "after", "-1" },
				{ "after", "soon" }, { "limit", "many" } }) {
			mvc.perform(get("/api/v1/record").param(params[0], params[1]))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(400));
		}
		mvc.perform(get("/api/v1/record/first"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void apiVerifiesTheChain() throws Exception {
		append(fact());
		mvc.perform(get("/api/v1/record/verify"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.entries").value(org.hamcrest.Matchers.greaterThan(0)))
			.andExpect(jsonPath("$.firstBrokenAt").doesNotExist());
	}

	@Test
	void pageShowsTheNewestEntriesWithShortHashesAndLinks() throws Exception {
		RecordEntry entry = append(fact().summary("The ward forum chose three priorities for the year."));

		Document page = page("/record");

		assertThat(page.select("h1").text()).isEqualTo("The public record");
		assertThat(page.select("a[href=/api/v1/record]")).hasSize(1);
		assertThat(page.select("a[href=/api/v1/record/verify]")).hasSize(1);
		assertThat(page.select("table.govuk-table tbody tr").first().text())
			.contains(Long.toString(entry.seq()))
			.contains(entry.summary())
			.contains(entry.hash().substring(0, 12))
			.doesNotContain(entry.hash());
		assertThat(page.select("code[title=" + entry.hash() + "]")).hasSize(1);
		assertThat(page.select("label[for=area], label[for=kind], label[for=from], label[for=to]")).hasSize(4);
	}

	@Test
	void pageFiltersByKind() throws Exception {
		String kind = uniqueKind();
		RecordEntry wanted = append(fact().kind(kind).summary("Wanted: the filtered entry."));
		append(fact().summary("Unwanted: an entry of another kind."));

		Document page = page("/record?kind=" + kind);

		assertThat(page.select("table.govuk-table tbody tr")).hasSize(1);
		assertThat(page.select("table.govuk-table tbody tr").text()).contains(wanted.summary());
		assertThat(page.select("#kind").val()).isEqualTo(kind);
	}

	@Test
	void pageFiltersByAreaAndDates() throws Exception {
		String kind = uniqueKind();
		RecordEntry inArea = append(fact().kind(kind).in(7));
		append(fact().kind(kind).in(8));
		String today = java.time.LocalDate.ofInstant(inArea.recordedAt(), RecordFilter.LONDON).toString();

		Document page = page("/record?kind=" + kind + "&area=7&from=" + today + "&to=" + today);

		assertThat(page.select("table.govuk-table tbody tr")).hasSize(1);
		assertThat(page.select("table.govuk-table tbody tr").text()).contains(inArea.summary());
		Document tomorrow = page("/record?kind=" + kind + "&from="
				+ java.time.LocalDate.parse(today).plusDays(1));
		assertThat(tomorrow.select("table.govuk-table tbody tr")).isEmpty();
		assertThat(tomorrow.text()).contains("No entries match these filters.");
	}

	@Test
	void pagesThroughFiftyAtATimeNewestFirst() throws Exception {
		String kind = uniqueKind();
		List<RecordEntry> entries = new ArrayList<>();
		for (int i = 0; i < 52; i++) {
			entries.add(append(fact().kind(kind)));
		}

		Document newest = page("/record?kind=" + kind);
		assertThat(seqs(newest)).hasSize(50).first().isEqualTo(entries.get(51).seq());
		assertThat(newest.select("a[rel=prev]")).isEmpty();
		String olderLink = newest.select("a[rel=next]").attr("href");

		Document older = page(olderLink);
		assertThat(seqs(older)).containsExactly(entries.get(1).seq(), entries.get(0).seq());
		assertThat(older.select("a[rel=next]")).isEmpty();
		String newerLink = older.select("a[rel=prev]").attr("href");

		Document backAgain = page(newerLink);
		assertThat(seqs(backAgain)).isEqualTo(seqs(newest));
		assertThat(backAgain.select("a[rel=prev]")).isEmpty();
	}

	@Test
	void badFilterValuesShowTheErrorSummary() throws Exception {
		MvcResult result = mvc.perform(get("/record").param("area", "Hackney").param("from", "2026-02-30")
			.param("to", "yesterday").param("kind", "Not A Kind"))
			.andExpect(status().isBadRequest())
			.andReturn();
		Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));

		assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
			.containsExactly("#area", "#kind", "#from", "#to");
		assertThat(page.select(".govuk-error-summary").text()).contains("Enter the area as a whole number");
		assertThat(page.select(".govuk-form-group--error")).hasSize(4);
		assertThat(page.select("#area").val()).isEqualTo("Hackney");
	}

	@Test
	void toDateBeforeFromDateIsAnError() throws Exception {
		mvc.perform(get("/record").param("from", "2026-03-27").param("to", "2026-03-26"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The to date must be the same as or after the from date")));
	}

	@Test
	void entryPageShowsFullHashes() throws Exception {
		RecordEntry first = append(fact());
		RecordEntry entry = append(fact().summary("A time credit of 2 hours moved between members."));

		Document page = page("/record/" + entry.seq());

		assertThat(page.select("h1").text()).isEqualTo("Entry " + entry.seq());
		assertThat(page.text()).contains(entry.hash()).contains(entry.previousHash()).contains(entry.summary())
			.contains(entry.recordedAtText());
		assertThat(entry.previousHash()).isEqualTo(first.hash());
	}

	@Test
	void verificationPageSaysTheChainIsIntactAndGivesTheLatestFingerprint() throws Exception {
		append(fact());

		Document page = page("/record/verification");

		assertThat(page.select("h1").text()).isEqualTo("Check the public record");
		assertThat(page.select(".govuk-summary-list .govuk-tag").text()).isEqualTo("Intact");
		assertThat(page.select(".govuk-warning-text")).isEmpty();
		long checked = Long.parseLong(summaryValue(page, "Entries checked"));
		assertThat(summaryValue(page, "Its fingerprint")).isEqualTo(record.entry(checked).orElseThrow().hash());
		assertThat(page.select("a[href=/api/v1/record/verify]")).hasSize(1);
	}

	@Test
	void verificationPageShowsWhereTheChainBreaks() throws Exception {
		RecordEntry entry = append(fact().summary("The grant was 500 pounds."));
		append(fact());
		try {
			changeSummaryBehindTheTriggers(entry.seq(), "The grant was 5000 pounds.");

			Document page = page("/record/verification");

			assertThat(page.select(".govuk-summary-list .govuk-tag").text()).isEqualTo("Broken");
			assertThat(page.select(".govuk-warning-text").text())
				.contains("the chain breaks at entry " + entry.seq() + ".");
			assertThat(summaryValue(page, "First broken entry")).isEqualTo("Entry " + entry.seq());
			assertThat(summaryValue(page, "Why it is broken")).startsWith("Its fingerprint does not match its content");
		}
		finally {
			changeSummaryBehindTheTriggers(entry.seq(), entry.summary());
		}
		assertThat(record.verify().valid()).isTrue();
	}

	@Test
	void recordPageLinksToTheCheck() throws Exception {
		assertThat(page("/record").select("a[href=/record/verification]").text())
			.isEqualTo("Check the whole chain has not been changed");
	}

	private void changeSummaryBehindTheTriggers(long seq, String summary) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("SET LOCAL session_replication_role = replica").update();
			jdbc.sql("UPDATE record.entry SET summary = :summary WHERE seq = :seq")
				.param("summary", summary).param("seq", seq).update();
		});
	}

	private static String summaryValue(Document page, String key) {
		return page.select(".govuk-summary-list__row")
			.stream()
			.filter(row -> row.select(".govuk-summary-list__key").text().equals(key))
			.map(row -> row.select(".govuk-summary-list__value").text())
			.findFirst()
			.orElseThrow(() -> new AssertionError("No summary row " + key));
	}

	@Test
	void unknownEntryPageIsNotFound() throws Exception {
		mvc.perform(get("/record/999999999")).andExpect(status().isNotFound());
		mvc.perform(get("/record/latest")).andExpect(status().isNotFound());
	}

	@Test
	void navigationLinksToTheRecord() throws Exception {
		assertThat(page("/").select(".govuk-service-navigation a[href=/record]").text()).isEqualTo("Public record");
	}

	private Document page(String path) throws Exception {
		MvcResult result = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static List<Long> seqs(Document page) {
		return page.select("table.govuk-table tbody tr td:first-child").eachText().stream().map(Long::valueOf).toList();
	}
}
