package org.bigsociety.timebank;

import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.Cookie;

import org.bigsociety.IntegrationTest;
import org.bigsociety.timebank.TimeBankFixtures.Someone;
import org.bigsociety.timebank.exchanges.Exchanges;
import org.bigsociety.timebank.exchanges.Exchanges.Recorded;
import org.bigsociety.timebank.listings.Listings;
import org.bigsociety.timebank.listings.Listings.NewListing;
import org.bigsociety.timebank.membership.LedgerBooks;
import org.bigsociety.timebank.membership.Member;
import org.bigsociety.timebank.membership.Members;
import org.bigsociety.timebank.membership.Memberships;
import org.bigsociety.timebank.membership.TimeBank;
import org.bigsociety.timebank.membership.TimeBankManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@IntegrationTest
class AccountErasureTests {

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
	Listings listings;

	@Autowired
	Exchanges exchanges;

	@Autowired
	LedgerBooks ledger;

	@Test
	void aDeletedAccountLeavesItsLedgerEntriesButNotWhatDescribedThePerson() throws Exception {
		TimeBankFixtures fixtures = new TimeBankFixtures(mvc, jdbc, management, memberships);
		TimeBank bank = fixtures.bank();
		Someone gone = fixtures.person("Gus Leaving");
		Member leaving = fixtures.member(bank, gone);
		Someone hal = fixtures.person("Hal Staying");
		Member staying = fixtures.member(bank, hal);
		memberships.addNote(bank, fixtures.broker().id(), leaving.id(), "Prefers phone calls");
		listings.post(bank, gone.id(), leaving.id(),
				new NewListing("OFFER", "pets", "Dog walks", "Around Clissold Park", "dogs", "Mornings", "E8 1DY"));
		exchanges.record(bank, fixtures.broker().id(), new Recorded(leaving.id(), staying.id(), "pets", "Walks", "1",
				"", "1", "3", "2026"));
		long exchange = jdbc.sql("SELECT max(id) FROM timebank.exchange WHERE provider_member_id = :m")
			.param("m", leaving.id()).query(Long.class).single();
		exchanges.leaveReference(bank, hal.id(), exchange, "Lovely walks");

		Cookie session = fixtures.session(gone);
		mvc.perform(post("/account/delete").cookie(session).with(csrf()).param("password", TimeBankFixtures.PASSWORD));

		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (members.find(leaving.id()).orElseThrow().approved() && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
		}
		Member erased = members.find(leaving.id()).orElseThrow();
		assertThat(erased.approved()).isFalse();
		assertThat(erased.area()).isNull();
		assertThat(jdbc.sql("SELECT count(*) FROM timebank.broker_note WHERE member_id = :m")
			.param("m", leaving.id()).query(Long.class).single()).isZero();
		assertThat(listings.ofMember(leaving.id())).allSatisfy(listing -> {
			assertThat(listing.open()).isFalse();
			assertThat(listing.description()).isEmpty();
		});
		assertThat(exchanges.references(exchange)).isEmpty();
		assertThat(ledger.balance(staying).orElseThrow().value()).isEqualTo(-60);
	}
}
