package org.bigsociety.groups;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.bigsociety.IntegrationTest;
import org.bigsociety.groups.GroupsFixtures.Neighbour;
import org.bigsociety.record.PublicRecord;
import org.bigsociety.record.RecordEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bigsociety.groups.GroupsFixtures.getAs;
import static org.bigsociety.groups.GroupsFixtures.postAs;
import static org.bigsociety.groups.GroupsFixtures.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Forming a group through its pages: propose, founders join, constitution, founding meeting, formed, checklist. */
@IntegrationTest
class FormationWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	Organisations organisations;

	@Autowired
	PublicRecord record;

	GroupsFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new GroupsFixtures(mvc, jdbc, passwords);
	}

	String propose(Neighbour proposer, String name) throws Exception {
		MvcResult result = mvc.perform(postAs(proposer.session(), "/groups/propose").param("name", name)
			.param("purpose", "Plant and care for the square's flower beds.")
			.param("postcode", "E5 8GB")
			.param("reach", "LOCAL")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		return result.getResponse().getRedirectedUrl().substring("/groups/".length());
	}

	MvcResult meeting(Neighbour admin, String slug, LocalDate date, Neighbour... attendees) throws Exception {
		var request = postAs(admin.session(), "/groups/" + slug + "/manage/founding-meeting")
			.param("day", Integer.toString(date.getDayOfMonth()))
			.param("month", Integer.toString(date.getMonthValue()))
			.param("year", Integer.toString(date.getYear()))
			.param("decisions", "Adopted the constitution\nElected the chair\n\nAgreed to open a bank account")
			.param("chair", Long.toString(attendees[0].id().value()))
			.param("secretary", "")
			.param("treasurer", "");
		for (Neighbour attendee : attendees) {
			request.param("attendees", Long.toString(attendee.id().value()));
		}
		return mvc.perform(request).andReturn();
	}

	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Europe/London"));
	}

	@Test
	void aProposedGroupGainsFoundersAdoptsAConstitutionAtItsFoundingMeetingAndIsFormed() throws Exception {
		Neighbour ana = fixtures.neighbour("Ana Proposer");
		Neighbour ben = fixtures.neighbour("Ben Founder");
		Neighbour cal = fixtures.neighbour("Cal Founder");
		String name = unique("Clapton Square Gardeners");
		String slug = propose(ana, name);
		OrganisationId id = organisations.bySlug(slug).orElseThrow().id();
		assertThat(organisations.find(id).orElseThrow().status()).isEqualTo(OrganisationStatus.PROPOSED);

		mvc.perform(postAs(ben.session(), "/groups/" + slug + "/join"));
		String early = mvc.perform(postAs(ana.session(), "/groups/" + slug + "/manage/constitution")
			.param("constitution", "UNINCORPORATED_ASSOCIATION")).andReturn().getFlashMap().get("warning").toString();
		assertThat(early).isEqualTo("groups.formation.refused.needFounders");
		mvc.perform(postAs(cal.session(), "/groups/" + slug + "/join"));
		assertThat(organisations.isMember(id, cal.id())).isTrue();

		mvc.perform(postAs(ana.session(), "/groups/" + slug + "/manage/constitution")
			.param("constitution", "UNINCORPORATED_ASSOCIATION"));
		String meetingPage = mvc.perform(getAs(ana.session(), "/groups/" + slug + "/manage/founding-meeting"))
			.andReturn().getResponse().getContentAsString();
		assertThat(meetingPage).contains("Ana Proposer", "Ben Founder", "Cal Founder");

		MvcResult formed = meeting(ana, slug, today(), ana, ben, cal);
		assertThat(formed.getResponse().getStatus()).isEqualTo(302);

		assertThat(organisations.find(id).orElseThrow().status()).isEqualTo(OrganisationStatus.FORMED);
		assertThat(organisations.isAdministrator(id, ana.id())).isTrue();
		String profile = mvc.perform(get("/groups/" + slug)).andReturn().getResponse().getContentAsString();
		assertThat(profile).contains("How this group was formed", "Agreed to open a bank account", "attended by 3 founders")
			.doesNotContain("Ben Founder");
		RecordEntry fact = await().atMost(Duration.ofSeconds(20))
			.until(() -> record.byReference("group/" + id.value() + "/formed"), found -> found.isPresent())
			.orElseThrow();
		assertThat(fact.kind()).isEqualTo("group.formed");
		assertThat(fact.summary()).contains(name, "3 founders").doesNotContain("Ana", "Ben", "Cal");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> record.byReference("group/" + id.value() + "/constitution-adopted").isPresent());
	}

	@Test
	void refusesAFoundingMeetingInTheFutureOrWithoutEnoughFoundersAndChangesNothing() throws Exception {
		Neighbour ana = fixtures.neighbour("Ana Early");
		Neighbour ben = fixtures.neighbour("Ben Early");
		Neighbour cal = fixtures.neighbour("Cal Early");
		String slug = propose(ana, unique("Future Club"));
		mvc.perform(postAs(ben.session(), "/groups/" + slug + "/join"));
		mvc.perform(postAs(cal.session(), "/groups/" + slug + "/join"));
		mvc.perform(postAs(ana.session(), "/groups/" + slug + "/manage/constitution")
			.param("constitution", "COMMUNITY_INTEREST_COMPANY"));

		String future = meeting(ana, slug, today().plusDays(10), ana, ben, cal).getResponse().getContentAsString();
		assertThat(future).contains("govuk-error-summary", "The founding meeting must already have happened");
		String thin = meeting(ana, slug, today(), ana, ben).getResponse().getContentAsString();
		assertThat(thin).contains("Not enough founders attended");
		String badDate = mvc.perform(postAs(ana.session(), "/groups/" + slug + "/manage/founding-meeting")
			.param("day", "31").param("month", "2").param("year", "2026").param("decisions", "x")
			.param("attendees", Long.toString(ana.id().value()))).andReturn().getResponse().getContentAsString();
		assertThat(badDate).contains("Enter the date of the meeting as a real date");

		assertThat(organisations.bySlug(slug).orElseThrow().status()).isEqualTo(OrganisationStatus.PROPOSED);
	}

	@Test
	void onlyTheGroupsAdministratorsChooseItsConstitutionAndTickItsChecklist() throws Exception {
		Neighbour ana = fixtures.neighbour("Ana Admin");
		Neighbour ben = fixtures.neighbour("Ben Member");
		Neighbour cal = fixtures.neighbour("Cal Member");
		String slug = propose(ana, unique("Checklist Club"));
		mvc.perform(postAs(ben.session(), "/groups/" + slug + "/join"));
		mvc.perform(postAs(cal.session(), "/groups/" + slug + "/join"));

		int benChooses = mvc.perform(postAs(ben.session(), "/groups/" + slug + "/manage/constitution")
			.param("constitution", "CIO_FOUNDATION")).andReturn().getResponse().getStatus();
		assertThat(benChooses).isEqualTo(403);

		mvc.perform(postAs(ana.session(), "/groups/" + slug + "/manage/constitution").param("constitution", "CIO_FOUNDATION"));
		meeting(ana, slug, today().minusDays(2), ana, ben, cal);
		int benTicks = mvc.perform(postAs(ben.session(), "/groups/" + slug + "/manage/checklist/BANK_ACCOUNT"))
			.andReturn().getResponse().getStatus();
		assertThat(benTicks).isEqualTo(403);
		mvc.perform(postAs(ana.session(), "/groups/" + slug + "/manage/checklist/BANK_ACCOUNT").param("done", "true"));
		mvc.perform(postAs(ana.session(), "/groups/" + slug + "/manage/checklist/INSURANCE").param("done", "true"));
		mvc.perform(postAs(ana.session(), "/groups/" + slug + "/manage/checklist/INSURANCE").param("done", "false"));

		String profile = mvc.perform(get("/groups/" + slug)).andReturn().getResponse().getContentAsString();
		assertThat(profile).contains("Next steps: 1 of 4 done", "Charitable incorporated organisation");
		assertThat(mvc.perform(postAs(ana.session(), "/groups/" + slug + "/manage/checklist/NOT_A_STEP")).andReturn()
			.getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void theModelConstitutionsCanBeReadByAnyone() throws Exception {
		for (String model : new String[] { "unincorporated-association", "cio-foundation", "community-interest-company" }) {
			MvcResult result = mvc.perform(get("/groups/constitutions/" + model)).andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			assertThat(result.getResponse().getContentAsString()).contains("not legal advice");
		}
		assertThat(mvc.perform(get("/groups/constitutions/nonsense")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void aDeletedAccountLeavesItsGroupsAndIsNoLongerNamedAsAnAttendee() throws Exception {
		Neighbour ana = fixtures.neighbour("Ana Stays");
		Neighbour ben = fixtures.neighbour("Ben Leaves");
		Neighbour cal = fixtures.neighbour("Cal Stays");
		String slug = propose(ana, unique("Erasure Club"));
		OrganisationId id = organisations.bySlug(slug).orElseThrow().id();
		mvc.perform(postAs(ben.session(), "/groups/" + slug + "/join"));
		mvc.perform(postAs(cal.session(), "/groups/" + slug + "/join"));
		mvc.perform(postAs(ana.session(), "/groups/" + slug + "/manage/constitution")
			.param("constitution", "UNINCORPORATED_ASSOCIATION"));
		meeting(ben, slug, today(), ana, ben, cal);
		meeting(ana, slug, today(), ben, ana, cal);

		mvc.perform(postAs(ben.session(), "/account/delete").param("password", GroupsFixtures.PASSWORD));

		await().atMost(Duration.ofSeconds(20)).until(() -> !organisations.isMember(id, ben.id()));
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
				SELECT count(*) FROM groups.formation WHERE organisation_id = :id
				  AND (:person = ANY(meeting_attendees) OR meeting_chair = :person)""")
			.param("id", id.value()).param("person", ben.id().value()).query(Long.class).single() == 0);
		assertThat(organisations.find(id).orElseThrow().status()).isEqualTo(OrganisationStatus.FORMED);
	}
}
