package org.bigsociety.timebank;

import org.bigsociety.IntegrationTest;
import org.bigsociety.timebank.membership.LedgerBooks;
import org.bigsociety.timebank.membership.Memberships;
import org.bigsociety.timebank.membership.TimeBank;
import org.bigsociety.timebank.membership.TimeBankDirectory;
import org.bigsociety.timebank.membership.TimeBankManagement;
import org.bigsociety.timebank.partners.Partners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class TimeBankDemoTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TimeBankDirectory directory;

	@Autowired
	TimeBankManagement management;

	@Autowired
	Memberships memberships;

	@Autowired
	Partners partners;

	@Autowired
	LedgerBooks ledger;

	@Test
	void theDemoTimeBankHasListingsAcrossCategoriesPartnersAndMonthsOfBalancedExchanges() throws Exception {
		TimeBank bank = directory.byReference("hackney-time-bank").orElseThrow();
		TimeBankFixtures fixtures = new TimeBankFixtures(mvc, jdbc, management, memberships);
		long categories = jdbc.sql("SELECT count(DISTINCT category) FROM timebank.listing WHERE time_bank_id = :bank")
			.param("bank", bank.id().value()).query(Long.class).single();
		assertThat(categories).isGreaterThanOrEqualTo(15);
		assertThat(partners.partners(bank)).extracting(Partners.Partner::name)
			.contains("London Fields Lido", "Rio Cinema", "Hackney City Farm Cafe");
		assertThat(partners.partners(bank).stream().filter(p -> p.name().equals("London Fields Lido")).findFirst()
			.orElseThrow().contact()).isEqualTo(new org.bigsociety.people.PersonId(
					fixtures.personId("organiser@demo.bigsociety.org.uk")));
		long months = jdbc.sql("""
				SELECT count(DISTINCT date_trunc('month', agreed_for)) FROM timebank.exchange
				 WHERE time_bank_id = :bank AND status = 'COMPLETED' AND origin = 'BROKER'""")
			.param("bank", bank.id().value()).query(Long.class).single();
		assertThat(months).isGreaterThanOrEqualTo(6);
		long resident = ledger.balance(memberships.own(bank, fixtures.demoResident().id()).orElseThrow())
			.orElseThrow().value();
		assertThat(resident).isGreaterThanOrEqualTo(120);
		// The demo's books balance: every hour deposited was withdrawn from someone, and each cached balance is the sum
		// of its account's entries.
		assertThat(jdbc.sql("SELECT sum(balance_minutes) FROM timebank.ledger_account WHERE time_bank_id = :bank")
			.param("bank", bank.id().value()).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("""
				SELECT count(*) FROM timebank.ledger_account a
				 WHERE a.time_bank_id = :bank
				   AND a.balance_minutes <> (SELECT coalesce(sum(e.minutes), 0) FROM timebank.ledger_entry e
				                              WHERE e.account_id = a.id)""")
			.param("bank", bank.id().value()).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM timebank.ledger_account WHERE time_bank_id = :bank AND balance_minutes <> 0")
			.param("bank", bank.id().value()).query(Long.class).single()).as("the demo has moved hours").isPositive();
	}
}
