package org.bigsociety.timebank;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;

import org.bigsociety.IntegrationTest;
import org.bigsociety.groups.OrganisationId;
import org.bigsociety.people.Role;
import org.bigsociety.people.RoleScope;
import org.bigsociety.people.account.RoleGrants;
import org.bigsociety.place.Places;
import org.bigsociety.place.Postcode;
import org.bigsociety.timebank.TimeBankFixtures.Someone;
import org.bigsociety.timebank.membership.Invalid;
import org.bigsociety.timebank.membership.Member;
import org.bigsociety.timebank.membership.Members;
import org.bigsociety.timebank.membership.Memberships;
import org.bigsociety.timebank.membership.Memberships.JoinRequest;
import org.bigsociety.timebank.membership.Memberships.Vetting;
import org.bigsociety.timebank.membership.Refused;
import org.bigsociety.timebank.membership.TimeBank;
import org.bigsociety.timebank.membership.TimeBankDirectory;
import org.bigsociety.timebank.membership.TimeBankManagement;
import org.bigsociety.timebank.membership.TimeBankManagement.NewTimeBank;
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
class MembershipTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TimeBankManagement management;

	@Autowired
	TimeBankDirectory directory;

	@Autowired
	Memberships memberships;

	@Autowired
	Members members;

	@Autowired
	TimeBanks timeBanks;

	@Autowired
	Places places;

	@Autowired
	RoleGrants roles;

	TimeBankFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new TimeBankFixtures(mvc, jdbc, management, memberships);
	}

	@Test
	void aBrokerOpensATimeBankForTheirAreaAtAnAddressMadeFromItsName() {
		String name = "Dalston Time Bank " + TimeBankFixtures.unique();
		TimeBank bank = management.open(fixtures.broker().id(), new NewTimeBank(name, "e09000012", "", ""));

		assertThat(bank.slug()).startsWith("dalston-time-bank-");
		assertThat(directory.byReference(bank.slug())).contains(bank);
		assertThat(directory.byReference(bank.id().toString())).contains(bank);
		assertThat(timeBanks.find(bank.id())).hasValueSatisfying(summary -> assertThat(summary.name()).isEqualTo(name));
	}

	@Test
	void aSecondTimeBankWithTheSameNameGetsItsOwnAddress() {
		String name = "Twin Bank " + TimeBankFixtures.unique();
		TimeBank first = management.open(fixtures.broker().id(), new NewTimeBank(name, TimeBankFixtures.HACKNEY, "", ""));
		TimeBank second = management.open(fixtures.broker().id(), new NewTimeBank(name, TimeBankFixtures.HACKNEY, "", ""));
		assertThat(second.slug()).isEqualTo(first.slug() + "-2");
	}

	@Test
	void aResidentCannotOpenATimeBank() {
		long before = countBanks();
		assertThatThrownBy(() -> management.open(fixtures.demoResident().id(),
				new NewTimeBank("Not allowed", TimeBankFixtures.HACKNEY, "", "")))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(countBanks()).isEqualTo(before);
	}

	@Test
	void openingSaysWhatIsWrongWithTheFormAndOpensNothing() {
		long before = countBanks();
		assertThatThrownBy(() -> management.open(fixtures.broker().id(), new NewTimeBank(" ", "E99999999", "", "x")))
			.isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.errors())
				.containsEntry("name", "timebank.new.name.missing")
				.containsEntry("area", "timebank.new.area.unknown")
				.containsEntry("organisation", "timebank.new.organisation.invalid"));
		assertThat(countBanks()).isEqualTo(before);
	}

	@Test
	void theTimeBanksServingAPlaceIncludeThoseOfEveryAreaItLiesIn() {
		TimeBank bank = fixtures.bank();
		var ward = places.locate(new Postcode("E8 1DY")).orElseThrow().smallest();
		assertThat(timeBanks.serving(ward.id())).extracting(TimeBanks.TimeBankSummary::id).contains(bank.id());
	}

	@Test
	void aPersonAsksToJoinAndABrokerApprovesAndTheyAreTold() throws Exception {
		TimeBank bank = fixtures.bank();
		Someone amira = fixtures.person("Amira Test");

		Member asked = memberships.askToJoin(bank, amira.id(), new JoinRequest("PERSON", "", "I can garden"));
		assertThat(asked.status()).isEqualTo(Member.Status.REQUESTED);
		assertThat(asked.area()).isNotNull();

		Member approved = memberships.approve(bank, fixtures.broker().id(), asked.id());
		assertThat(approved.status()).isEqualTo(Member.Status.APPROVED);
		assertThat(approved.decidedBy()).isEqualTo(fixtures.broker().id());
		assertThat(fixtures.latestMail(amira)).contains("Welcome to " + bank.name()).contains("/timebanks/" + bank.slug());
	}

	@Test
	void askingTwiceIsRefusedAndChangesNothing() throws Exception {
		TimeBank bank = fixtures.bank();
		Someone ben = fixtures.person("Ben Test");
		memberships.askToJoin(bank, ben.id(), new JoinRequest("PERSON", "", "first"));

		assertThatThrownBy(() -> memberships.askToJoin(bank, ben.id(), new JoinRequest("PERSON", "", "second")))
			.isInstanceOfSatisfying(Refused.class, r -> assertThat(r.messageKey()).isEqualTo("timebank.join.alreadyAsked"));
		assertThat(memberships.own(bank, ben.id()).orElseThrow().why()).isEqualTo("first");
	}

	@Test
	void someoneRefusedMayAskAgain() throws Exception {
		TimeBank bank = fixtures.bank();
		Someone cal = fixtures.person("Cal Test");
		Member asked = memberships.askToJoin(bank, cal.id(), new JoinRequest("PERSON", "", ""));
		memberships.refuse(bank, fixtures.broker().id(), asked.id(), "We need a reference first");
		assertThat(fixtures.latestMail(cal)).contains("We need a reference first");

		Member again = memberships.askToJoin(bank, cal.id(), new JoinRequest("PERSON", "", "Here is my reference"));
		assertThat(again.id()).isEqualTo(asked.id());
		assertThat(again.status()).isEqualTo(Member.Status.REQUESTED);
	}

	@Test
	void onlyABrokerOfTheTimeBankApprovesOrKeepsItsRecord() throws Exception {
		TimeBank bank = fixtures.bank();
		Someone dee = fixtures.person("Dee Test");
		Someone eve = fixtures.person("Eve Test");
		Member asked = memberships.askToJoin(bank, dee.id(), new JoinRequest("PERSON", "", ""));

		assertThatThrownBy(() -> memberships.approve(bank, eve.id(), asked.id())).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> memberships.approve(bank, dee.id(), asked.id())).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> memberships.addNote(bank, eve.id(), asked.id(), "gossip"))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(members.find(asked.id()).orElseThrow().status()).isEqualTo(Member.Status.REQUESTED);
	}

	@Test
	void aBrokerKeepsNotesAVettingRecordAndTheSupportedFlag() throws Exception {
		TimeBank bank = fixtures.bank();
		Someone fay = fixtures.person("Fay Test");
		Member member = fixtures.member(bank, fay);
		var broker = fixtures.broker().id();

		memberships.addNote(bank, broker, member.id(), "Prefers phone calls in the morning");
		memberships.recordVetting(bank, broker, member.id(), new Vetting("Enhanced DBS", "3", "2", "2025"));
		memberships.markSupported(bank, broker, member.id(), true);

		Member kept = members.find(member.id()).orElseThrow();
		assertThat(kept.supported()).isTrue();
		assertThat(kept.vettingCheck()).isEqualTo("Enhanced DBS");
		assertThat(kept.vettingDate()).isEqualTo(LocalDate.of(2025, 2, 3));
		assertThat(memberships.notes(bank, broker, member.id())).extracting(Memberships.Note::body)
			.containsExactly("Prefers phone calls in the morning");
	}

	@Test
	void aVettingDateMustBeRealAndNotInTheFuture() throws Exception {
		TimeBank bank = fixtures.bank();
		Member member = fixtures.member(bank, fixtures.person("Gus Test"));
		var broker = fixtures.broker().id();
		assertThatThrownBy(() -> memberships.recordVetting(bank, broker, member.id(), new Vetting("DBS", "31", "2", "2025")))
			.isInstanceOfSatisfying(Invalid.class, i -> assertThat(i.errors()).containsEntry("day", "timebank.vetting.date.invalid"));
		assertThatThrownBy(() -> memberships.recordVetting(bank, broker, member.id(), new Vetting("DBS", "1", "1", "2999")))
			.isInstanceOfSatisfying(Invalid.class, i -> assertThat(i.errors()).containsEntry("day", "timebank.vetting.date.future"));
		assertThat(members.find(member.id()).orElseThrow().vettingCheck()).isNull();
	}

	@Test
	void theJoinFormAsksWhoIsJoiningAndJoiningShowsAsWaiting() throws Exception {
		TimeBank bank = fixtures.bank();
		Someone hal = fixtures.person("Hal Test");
		Cookie session = fixtures.session(hal);

		Document page = Jsoup.parse(mvc.perform(get("/timebanks/" + bank.slug()).cookie(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo(bank.name());
		assertThat(page.select("a.govuk-button").text()).isEqualTo("Ask to join");

		Document invalid = Jsoup.parse(mvc.perform(post("/timebanks/" + bank.slug() + "/join").with(csrf()).cookie(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(invalid.select(".govuk-error-summary a[href=#as]").text()).isEqualTo("Choose who is joining");
		assertThat(memberships.own(bank, hal.id())).isEmpty();

		mvc.perform(post("/timebanks/" + bank.slug() + "/join").with(csrf()).cookie(session).param("as", "PERSON"))
			.andExpect(status().is3xxRedirection());
		Document waiting = Jsoup.parse(mvc.perform(get("/timebanks/" + bank.slug()).cookie(session))
			.andReturn().getResponse().getContentAsString());
		assertThat(waiting.select(".govuk-inset-text").text()).contains("A broker will look at your request");
	}

	@Test
	void theMembersPageIsForBrokersOnly() throws Exception {
		TimeBank bank = fixtures.bank();
		Someone ivy = fixtures.person("Ivy Test");
		memberships.askToJoin(bank, ivy.id(), new JoinRequest("PERSON", "", "Keen to help"));

		mvc.perform(get("/timebanks/" + bank.slug() + "/members").cookie(fixtures.session(ivy)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/timebanks/" + bank.slug() + "/members")).andExpect(status().is3xxRedirection());
		Document page = Jsoup.parse(mvc.perform(get("/timebanks/" + bank.slug() + "/members")
			.cookie(fixtures.session(fixtures.broker()))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		assertThat(page.select("table").first().text()).contains("Ivy Test").contains("Keen to help");
	}

	@Test
	void anUnknownTimeBankIsNotFound() throws Exception {
		mvc.perform(get("/timebanks/no-such-bank-" + TimeBankFixtures.unique())).andExpect(status().isNotFound());
	}

	@Test
	void anOrganisationsAdministratorAsksForItAndABrokerApprovesButNobodyElseMayAsk() throws Exception {
		TimeBank bank = fixtures.bank();
		OrganisationId organisation = demoOrganisation();
		Someone admin = fixtures.person("Orla Organisation");
		roles.grant(admin.id(), Role.GROUP_ADMIN, RoleScope.organisation(organisation.value()), null);
		Someone outsider = fixtures.person("Pip Outsider");
		JoinRequest forTheOrganisation = new JoinRequest("ORGANISATION", Long.toString(organisation.value()),
				"Our volunteers can help");

		assertThatThrownBy(() -> memberships.askToJoin(bank, outsider.id(), forTheOrganisation))
			.isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.errors())
				.containsEntry("organisation", "timebank.join.organisation.notYours"));
		assertThatThrownBy(() -> memberships.askToJoin(bank, fixtures.broker().id(), forTheOrganisation))
			.isInstanceOf(Invalid.class);
		assertThat(members.ofOrganisation(bank.id(), organisation)).isEmpty();

		Member asked = memberships.askToJoin(bank, admin.id(), forTheOrganisation);
		assertThat(asked.status()).isEqualTo(Member.Status.REQUESTED);
		assertThat(asked.isPerson()).isFalse();
		assertThat(asked.organisation()).isEqualTo(organisation);
		assertThat(asked.actingPerson()).isEqualTo(admin.id());
		assertThat(asked.why()).isEqualTo("Our volunteers can help");

		assertThatThrownBy(() -> memberships.approve(bank, admin.id(), asked.id()))
			.isInstanceOf(AccessDeniedException.class);
		Member approved = memberships.approve(bank, fixtures.broker().id(), asked.id());
		assertThat(approved.status()).isEqualTo(Member.Status.APPROVED);
		assertThat(approved.decidedBy()).isEqualTo(fixtures.broker().id());
		assertThat(members.ofOrganisation(bank.id(), organisation)).hasValueSatisfying(
				member -> assertThat(member.approved()).isTrue());
		assertThat(fixtures.latestMail(admin)).contains("Welcome to " + bank.name());
	}

	@Test
	void anOrganisationsAdministratorOpensATimeBankForItButSomeoneElseCannot() throws Exception {
		OrganisationId organisation = demoOrganisation();
		Someone admin = fixtures.person("Quin Organisation");
		roles.grant(admin.id(), Role.GROUP_ADMIN, RoleScope.organisation(organisation.value()), null);
		Someone outsider = fixtures.person("Rae Outsider");
		String name = "Organisation Time Bank " + TimeBankFixtures.unique();
		long before = countBanks();

		assertThatThrownBy(() -> management.open(outsider.id(), new NewTimeBank(name, TimeBankFixtures.HACKNEY, "",
				Long.toString(organisation.value()))))
			.isInstanceOf(AccessDeniedException.class);
		// Running one organisation gives no right to open a time bank for another.
		assertThatThrownBy(() -> management.open(admin.id(), new NewTimeBank(name, TimeBankFixtures.HACKNEY, "",
				Long.toString(organisation.value() + 1_000_000))))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(countBanks()).isEqualTo(before);

		TimeBank opened = management.open(admin.id(), new NewTimeBank(name, TimeBankFixtures.HACKNEY, "Ours",
				Long.toString(organisation.value())));
		assertThat(opened.organisation()).isEqualTo(organisation);
		assertThat(opened.name()).isEqualTo(name);
		assertThat(directory.byReference(opened.slug())).contains(opened);
		assertThat(countBanks()).isEqualTo(before + 1);
	}

	private OrganisationId demoOrganisation() {
		return new OrganisationId(jdbc.sql("SELECT id FROM groups.organisation WHERE slug = :slug")
			.param("slug", "mapledene-road-residents-association").query(Long.class).single());
	}

	private long countBanks() {
		return jdbc.sql("SELECT count(*) FROM timebank.time_bank").query(Long.class).single();
	}
}
