package org.bigsociety.timebank.ledger;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bigsociety.IntegrationTest;
import org.bigsociety.TestClock;
import org.bigsociety.record.PublicRecord;
import org.bigsociety.record.RecordEntry;
import org.bigsociety.timebank.Minutes;
import org.bigsociety.timebank.TimeBankFixtures;
import org.bigsociety.timebank.TimeBankFixtures.Someone;
import org.bigsociety.timebank.exchanges.Exchanges;
import org.bigsociety.timebank.exchanges.Exchanges.Recorded;
import org.bigsociety.timebank.membership.Member;
import org.bigsociety.timebank.membership.Memberships;
import org.bigsociety.timebank.membership.TimeBank;
import org.bigsociety.timebank.membership.TimeBankManagement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Each book closes each day onto the public record, and anyone can have a day checked against its entries. */
@IntegrationTest
class DayClosingTests {

	@Autowired
	Ledger ledger;

	@Autowired
	DayClosings days;

	@Autowired
	PublicRecord record;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MockMvc mvc;

	@Autowired
	TimeBankManagement management;

	@Autowired
	Memberships memberships;

	@Autowired
	Exchanges exchanges;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void closesADayOnceWithItsTransfersMinutesAndHashOnThePublicRecord() throws Exception {
		LedgerFixtures fixtures = new LedgerFixtures(ledger);
		Book book = fixtures.book();
		Account ann = fixtures.member(book);
		Account bob = fixtures.member(book);
		ledger.transfer(fixtures.pay(ann, bob, Minutes.of(45)));
		LocalDate today = clock.instant().atZone(DayClosings.ZONE).toLocalDate();

		assertThatThrownBy(() -> days.close(book.bank(), today)).isInstanceOf(IllegalArgumentException.class);
		clock.advance(Duration.ofDays(1).plusHours(1));
		DayClosed closed = days.close(book.bank(), today).orElseThrow();

		// Two starting gifts (60 minutes each) and the transfer.
		assertThat(closed.transfers()).isEqualTo(3);
		assertThat(closed.minutes()).isEqualTo(60 + 60 + 45);
		assertThat(closed.reference()).isEqualTo("timebank/" + book.bank() + "/day/" + today);
		assertThat(days.close(book.bank(), today)).isEmpty();
		RecordEntry entry = await().atMost(Duration.ofSeconds(20))
			.until(() -> record.byReference(closed.reference()), found -> found.isPresent())
			.orElseThrow();
		assertThat(entry.kind()).isEqualTo("timebank.day-closed");
		assertThat(entry.summary()).contains("3 transfers", DayClosed.fingerprint(closed.entriesHash()));

		mvc.perform(get("/api/v1/timebanks/{bank}/days/{day}", book.bank().value(), today))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.closed").value(true))
			.andExpect(jsonPath("$.matches").value(true))
			.andExpect(jsonPath("$.onRecord").value(true))
			.andExpect(jsonPath("$.recorded.entriesHash").value(closed.entriesHash()))
			.andExpect(jsonPath("$.recomputed.transfers").value(3))
			.andExpect(jsonPath("$.recordEntry").value(entry.seq()));
	}

	@Test
	void thePublicFiguresOfADayGiveCountsMinutesAndHashButNameNoAccountOrPerson() throws Exception {
		TimeBankFixtures people = new TimeBankFixtures(mvc, jdbc, management, memberships);
		TimeBank bank = people.bank();
		Someone sam = people.person("Sam Publicday");
		Someone tia = people.person("Tia Publicday");
		Member helper = people.member(bank, sam);
		Member helped = people.member(bank, tia);
		LocalDate today = clock.instant().atZone(DayClosings.ZONE).toLocalDate();
		exchanges.record(bank, people.broker().id(), new Recorded(helper.id(), helped.id(), "gardening", "Weeding",
				"1", "30", Integer.toString(today.getDayOfMonth()), Integer.toString(today.getMonthValue()),
				Integer.toString(today.getYear())));
		clock.advance(Duration.ofDays(1).plusHours(1));
		DayClosed closed = days.close(bank.id(), today).orElseThrow();

		long transfers = jdbc.sql("SELECT count(*) FROM timebank.ledger_transfer WHERE time_bank_id = :bank")
			.param("bank", bank.id().value()).query(Long.class).single();
		long minutes = jdbc.sql("SELECT sum(minutes) FROM timebank.ledger_transfer WHERE time_bank_id = :bank")
			.param("bank", bank.id().value()).query(Long.class).single();
		assertThat(transfers).isGreaterThanOrEqualTo(1);
		assertThat(closed.transfers()).isEqualTo(transfers);
		assertThat(closed.minutes()).isEqualTo(minutes).isGreaterThanOrEqualTo(90);
		List<Long> accounts = jdbc.sql("SELECT id FROM timebank.ledger_account WHERE time_bank_id = :bank")
			.param("bank", bank.id().value()).query(Long.class).list();
		assertThat(accounts).hasSizeGreaterThanOrEqualTo(2);
		List<String> names = List.of("Sam Publicday", "Tia Publicday", "Publicday", sam.email(), tia.email(),
				"Demo Broker");

		// The record entry: one sentence of figures and the hash, exactly, so nothing else can be in it.
		RecordEntry entry = await().atMost(Duration.ofSeconds(20))
			.until(() -> record.byReference(closed.reference()), found -> found.isPresent())
			.orElseThrow();
		String summary = "Time bank " + bank.id() + ", day " + today + ": " + transfers
				+ (transfers == 1 ? " transfer" : " transfers") + " moving " + minutes + " minutes. SHA-256 of the day's entries: "
				+ DayClosed.fingerprint(closed.entriesHash()) + ".";
		assertThat(entry.summary()).isEqualTo(summary);
		assertThat(entry.summary()).doesNotContain(names);
		Map<String, Object> entryJson = json(mvc.perform(get("/api/v1/record/{seq}", entry.seq()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(entryJson).containsOnlyKeys("seq", "recordedAt", "areaId", "kind", "summary", "reference",
				"previousHash", "hash");
		assertThat(entryJson.get("summary")).isEqualTo(summary);
		assertThat(entryJson.get("reference")).isEqualTo("timebank/" + bank.id() + "/day/" + today);

		// The day's check: figures and hashes only, under keys that name no one.
		String dayText = mvc.perform(get("/api/v1/timebanks/{bank}/days/{day}", bank.id().value(), today))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Map<String, Object> day = json(dayText);
		assertThat(day).containsOnlyKeys("timeBank", "day", "closed", "closedAt", "recorded", "recomputed", "matches",
				"recordEntry", "onRecord");
		assertThat(day.get("recorded")).isEqualTo(Map.of("transfers", (int) transfers, "minutes", (int) minutes,
				"entriesHash", closed.entriesHash()));
		assertThat(day.get("recomputed")).isEqualTo(day.get("recorded"));
		assertThat(dayText).doesNotContain(names).doesNotContainIgnoringCase("account").doesNotContainIgnoringCase("person")
			.doesNotContainIgnoringCase("holder").doesNotContainIgnoringCase("member");
		// Every number in it is the bank, the figures or the record's entry: no account or person id.
		List<Object> numbers = new ArrayList<>();
		collectNumbers(day, numbers);
		assertThat(numbers).allSatisfy(n -> assertThat(((Number) n).longValue())
			.isIn(bank.id().value(), transfers, minutes, entry.seq()));
		for (Long account : accounts) {
			if (account != bank.id().value() && account != transfers && account != minutes && account != entry.seq()) {
				assertThat(numbers).extracting(n -> ((Number) n).longValue()).doesNotContain(account);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> json(String text) {
		return com.jayway.jsonpath.JsonPath.parse(text).read("$", Map.class);
	}

	@SuppressWarnings("unchecked")
	private static void collectNumbers(Object node, List<Object> numbers) {
		if (node instanceof Map<?, ?> map) {
			map.values().forEach(value -> collectNumbers(value, numbers));
		}
		else if (node instanceof List<?> list) {
			list.forEach(value -> collectNumbers(value, numbers));
		}
		else if (node instanceof Number) {
			numbers.add(node);
		}
	}

	@Test
	void hashesTheDocumentedCanonicalForm() {
		LedgerFixtures fixtures = new LedgerFixtures(ledger);
		Book book = fixtures.book();
		Account ann = fixtures.member(book);
		LocalDate today = clock.instant().atZone(DayClosings.ZONE).toLocalDate();
		Statement statement = ledger.statement(ann.id(), clock.instant().minus(Duration.ofDays(1)),
				clock.instant().plus(Duration.ofDays(1)));
		StatementLine gift = statement.lines().get(0);
		long potEntry = jdbc.sql("SELECT id FROM timebank.ledger_entry WHERE transfer_id = :t AND minutes < 0")
			.param("t", gift.transfer().value())
			.query(Long.class)
			.single();

		String canonical = book.bank() + "|" + today + "\n"
				+ DayClosings.canonicalLine(potEntry, gift.transfer().value(), book.pot().value(), ann.id().value(), -60,
						-60, gift.at())
				+ DayClosings.canonicalLine(gift.entry(), gift.transfer().value(), ann.id().value(), book.pot().value(),
						60, 60, gift.at());

		assertThat(days.check(book.bank(), today).hash()).isEqualTo(Fingerprint.sha256(canonical));
	}

	@Test
	void closesEveryDayMissedWhileDown() {
		LedgerFixtures fixtures = new LedgerFixtures(ledger);
		Book book = fixtures.book();
		fixtures.member(book);
		LocalDate opened = clock.instant().atZone(DayClosings.ZONE).toLocalDate();

		clock.advance(Duration.ofDays(3).plusHours(1));
		days.closeDueDays();

		assertThat(jdbc.sql("SELECT day FROM timebank.ledger_day WHERE time_bank_id = :bank ORDER BY day")
			.param("bank", book.bank().value())
			.query(LocalDate.class)
			.list()).containsExactly(opened, opened.plusDays(1), opened.plusDays(2));
		assertThat(days.check(book.bank(), opened.plusDays(1)).transfers()).isZero();
		assertThat(days.check(book.bank(), opened.plusDays(1)).matches()).isTrue();
	}

	@Test
	void saysWhenADaysEntriesNoLongerMatchTheRecordedHash() {
		LedgerFixtures fixtures = new LedgerFixtures(ledger);
		Book book = fixtures.book();
		Account ann = fixtures.member(book);
		LocalDate today = clock.instant().atZone(DayClosings.ZONE).toLocalDate();
		clock.advance(Duration.ofDays(1).plusHours(1));
		days.close(book.bank(), today);

		// Someone with the database's superuser rewrites history behind the triggers' back.
		transactions.executeWithoutResult(status -> {
			jdbc.sql("SET LOCAL session_replication_role = replica").update();
			jdbc.sql("UPDATE timebank.ledger_entry SET balance_after = 600 WHERE account_id = :account")
				.param("account", ann.id().value())
				.update();
		});

		DayCheck check = days.check(book.bank(), today);
		assertThat(check.matches()).isFalse();
		assertThat(check.transfers()).isEqualTo(check.recordedTransfers());
	}
}
