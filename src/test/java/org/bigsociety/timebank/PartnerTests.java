package org.bigsociety.timebank;

import jakarta.servlet.http.Cookie;

import org.bigsociety.IntegrationTest;
import org.bigsociety.timebank.TimeBankFixtures.Someone;
import org.bigsociety.timebank.exchanges.Exchanges;
import org.bigsociety.timebank.exchanges.Exchanges.Recorded;
import org.bigsociety.timebank.membership.Invalid;
import org.bigsociety.timebank.membership.LedgerBooks;
import org.bigsociety.timebank.membership.Member;
import org.bigsociety.timebank.membership.Memberships;
import org.bigsociety.timebank.membership.Refused;
import org.bigsociety.timebank.membership.TimeBank;
import org.bigsociety.timebank.membership.TimeBankManagement;
import org.bigsociety.timebank.partners.Partners;
import org.bigsociety.timebank.partners.Partners.NewPartner;
import org.bigsociety.timebank.partners.Partners.NewReward;
import org.bigsociety.timebank.partners.Partners.Partner;
import org.bigsociety.timebank.partners.Partners.Redemption;
import org.bigsociety.timebank.partners.Partners.Reward;
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
class PartnerTests {

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
	Partners partners;

	@Autowired
	LedgerBooks ledger;

	TimeBankFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new TimeBankFixtures(mvc, jdbc, management, memberships);
	}

	@Test
	void aRedeemedRewardMovesTheHoursToThePartnerOnceItsContactConfirms() throws Exception {
		TimeBank bank = fixtures.bank();
		Someone pia = fixtures.person("Pia Rewards");
		Someone quinn = fixtures.person("Quinn Lido");
		Someone stranger = fixtures.person("Rex Stranger");
		Member earner = fixtures.member(bank, pia);
		Member helped = fixtures.member(bank, stranger);
		Member contact = fixtures.member(bank, quinn);
		exchanges.record(bank, fixtures.broker().id(), new Recorded(earner.id(), helped.id(), "gardening",
				"Digging", "3", "", "1", "3", "2026"));
		Partner lido = partners.add(bank, fixtures.broker().id(),
				new NewPartner("Test Lido " + TimeBankFixtures.unique(), "Outdoor pool", contact.id()));
		Reward swim = partners.addReward(bank, fixtures.broker().id(),
				new NewReward(lido.id(), "One swim", "", "2", ""));
		Reward season = partners.addReward(bank, fixtures.broker().id(),
				new NewReward(lido.id(), "Season ticket", "", "20", ""));

		assertThatThrownBy(() -> partners.redeem(bank, pia.id(), season.id())).isInstanceOf(Refused.class);
		Redemption asked = partners.redeem(bank, pia.id(), swim.id());
		assertThat(fixtures.latestMail(quinn)).contains("One swim");
		assertThat(ledger.balance(earner).orElseThrow().value()).isEqualTo(180);

		assertThatThrownBy(() -> partners.confirm(bank, stranger.id(), asked.id()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> partners.confirm(bank, pia.id(), asked.id()))
			.isInstanceOf(AccessDeniedException.class);
		Redemption confirmed = partners.confirm(bank, quinn.id(), asked.id());
		assertThat(confirmed.status()).isEqualTo(Partners.Status.CONFIRMED);
		partners.confirm(bank, quinn.id(), asked.id());
		assertThat(ledger.balance(earner).orElseThrow().value()).isEqualTo(60);
		assertThat(partners.partnerBalance(bank, lido.id()).value()).isEqualTo(120);
		assertThatThrownBy(() -> partners.cancel(bank, pia.id(), asked.id())).isInstanceOf(Refused.class);
	}

	@Autowired
	org.bigsociety.timebank.membership.CommunityPot pot;

	@Test
	void membersGiveHoursToThePotOnceAndBrokersGrantFromIt() throws Exception {
		TimeBank bank = fixtures.bank();
		Someone vin = fixtures.person("Vin Pot");
		Someone wes = fixtures.person("Wes Pot");
		Member giver = fixtures.member(bank, vin);
		Member needy = fixtures.member(bank, wes);
		exchanges.record(bank, fixtures.broker().id(), new Recorded(giver.id(), needy.id(), "cooking", "Soup", "3", "",
				"1", "3", "2026"));
		pot.donate(bank, vin.id(), "1", "", "token-aaaaaaaa");
		pot.donate(bank, vin.id(), "1", "", "token-aaaaaaaa");
		assertThat(ledger.balance(giver).orElseThrow().value()).isEqualTo(120);
		assertThatThrownBy(() -> pot.donate(bank, vin.id(), "0", "", "token-bbbbbbbb")).isInstanceOf(Invalid.class);
		assertThatThrownBy(() -> pot.grant(bank, vin.id(), needy.id(), "1", "", "", "token-cccccccc"))
			.isInstanceOf(AccessDeniedException.class);
		pot.grant(bank, fixtures.broker().id(), needy.id(), "2", "", "Winter help", "token-dddddddd");
		assertThat(ledger.balance(needy).orElseThrow().value()).isEqualTo(-60);

		Cookie session = fixtures.session(vin);
		Document page = Jsoup.parse(mvc.perform(get("/timebanks/" + bank.slug() + "/pot").cookie(session))
			.andReturn().getResponse().getContentAsString());
		String token = page.select("input[name=token]").attr("value");
		mvc.perform(post("/timebanks/" + bank.slug() + "/pot/donate").with(csrf()).cookie(session)
			.param("hours", "").param("minutes", "30").param("token", token)).andExpect(status().is3xxRedirection());
		assertThat(ledger.balance(giver).orElseThrow().value()).isEqualTo(90);
	}

	@Test
	void brokersAloneAddPartnersAndEachProblemIsReported() throws Exception {
		TimeBank bank = fixtures.bank();
		Someone sam = fixtures.person("Sam Partners");
		fixtures.member(bank, sam);
		assertThatThrownBy(() -> partners.add(bank, sam.id(), new NewPartner("Cinema", "", null)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> partners.add(bank, fixtures.broker().id(), new NewPartner(" ", "", 999999999L)))
			.isInstanceOfSatisfying(Invalid.class,
					invalid -> assertThat(invalid.errors()).containsOnlyKeys("name", "contact"));
		Partner cinema = partners.add(bank, fixtures.broker().id(), new NewPartner("Rio Cinema", "", null));
		assertThatThrownBy(() -> partners.add(bank, fixtures.broker().id(), new NewPartner("rio cinema", "", null)))
			.isInstanceOf(Invalid.class);
		assertThatThrownBy(() -> partners.addReward(bank, fixtures.broker().id(),
				new NewReward(cinema.id(), "", "", "0", "75")))
			.isInstanceOfSatisfying(Invalid.class,
					invalid -> assertThat(invalid.errors()).containsOnlyKeys("title", "hours"));

		Cookie broker = fixtures.session(fixtures.broker());
		Document page = Jsoup.parse(mvc.perform(post("/timebanks/" + bank.slug() + "/partners/rewards").with(csrf())
			.cookie(broker).param("partner", String.valueOf(cinema.id())).param("title", "").param("hours", "x"))
			.andReturn().getResponse().getContentAsString());
		assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
			.containsExactly("#reward-title", "#reward-hours");
		mvc.perform(get("/timebanks/" + bank.slug() + "/partners").cookie(fixtures.session(sam)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theRewardsPageLetsAMemberAskAndThePartnerConfirmWithoutJavaScript() throws Exception {
		TimeBank bank = fixtures.bank();
		Someone tia = fixtures.person("Tia Rewards");
		Someone uma = fixtures.person("Uma Cinema");
		Member earner = fixtures.member(bank, tia);
		Member contact = fixtures.member(bank, uma);
		exchanges.record(bank, fixtures.broker().id(), new Recorded(earner.id(), contact.id(), "it-help",
				"Laptop set up", "2", "", "1", "3", "2026"));
		Partner cinema = partners.add(bank, fixtures.broker().id(),
				new NewPartner("Test Cinema " + TimeBankFixtures.unique(), "", contact.id()));
		Reward film = partners.addReward(bank, fixtures.broker().id(),
				new NewReward(cinema.id(), "A film", "Any weekday", "1", "30"));
		String base = "/timebanks/" + bank.slug();

		Document anonymous = Jsoup.parse(mvc.perform(get(base + "/rewards")).andReturn().getResponse()
			.getContentAsString());
		assertThat(anonymous.text()).contains("A film");
		assertThat(anonymous.select("form[action$=/redeem]")).isEmpty();

		Cookie tiaSession = fixtures.session(tia);
		mvc.perform(post(base + "/rewards/" + film.id() + "/redeem").with(csrf()).cookie(tiaSession))
			.andExpect(status().is3xxRedirection());
		Document mine = Jsoup.parse(mvc.perform(get(base + "/rewards").cookie(tiaSession)).andReturn().getResponse()
			.getContentAsString());
		assertThat(mine.text()).contains("Waiting for the partner");

		Cookie umaSession = fixtures.session(uma);
		Document partnerPage = Jsoup.parse(mvc.perform(get(base + "/rewards").cookie(umaSession)).andReturn()
			.getResponse().getContentAsString());
		String confirm = partnerPage.select("form[action$=/confirm]").attr("action");
		mvc.perform(post(confirm).with(csrf()).cookie(umaSession)).andExpect(status().is3xxRedirection());
		assertThat(ledger.balance(earner).orElseThrow().value()).isEqualTo(30);
	}
}
