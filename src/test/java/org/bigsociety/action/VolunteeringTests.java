package org.bigsociety.action;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.bigsociety.IntegrationTest;
import org.bigsociety.TestClock;
import org.bigsociety.action.events.Events;
import org.bigsociety.action.events.Typed;
import org.bigsociety.action.volunteering.Application;
import org.bigsociety.action.volunteering.Applications;
import org.bigsociety.action.volunteering.Employers;
import org.bigsociety.action.volunteering.Opportunities;
import org.bigsociety.action.volunteering.Opportunity;
import org.bigsociety.action.volunteering.OpportunityProposal;
import org.bigsociety.groups.Organisations;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.Places;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Volunteering: opportunities with roles, applications and decisions, and employers' staff logging hours. */
@IntegrationTest
class VolunteeringTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Opportunities opportunities;

	@Autowired
	Applications applications;

	@Autowired
	Employers employers;

	@Autowired
	Organisations organisations;

	@Autowired
	Events events;

	@Autowired
	People people;

	@Autowired
	Places places;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	ActionFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ActionFixtures(events, people, places, jdbc, clock);
	}

	static OpportunityProposal proposal(String organisation, String title, String places) {
		return new OpportunityProposal(organisation, title, "Help at the weekly pantry.", "FOOD", "Cooking, driving, cooking",
				"2", "30", "WEEKLY", "no", "E5 8GB", "Cook", "Cook the Saturday lunch.", places, "", "", "", "", "", "");
	}

	long posted(String title, String places) {
		Opportunities.Posted posted = opportunities.post(fixtures.demo("organiser"), proposal("", title, places));
		assertThat(posted.errors()).isEmpty();
		return posted.id();
	}

	@Test
	void anOrganiserPostsAnOpportunityWithItsRolesSkillsAndTimeAsked() {
		String title = ActionFixtures.unique("Cooks for the community lunch");
		Opportunity opportunity = opportunities.get(posted(title, "2"));

		assertThat(opportunity.title()).isEqualTo(title);
		assertThat(opportunity.minutesAsked()).isEqualTo(150);
		assertThat(opportunity.skills()).containsExactly("cooking", "driving");
		assertThat(opportunity.dbsCheck()).isFalse();
		assertThat(opportunity.roles()).extracting(Opportunity.Role::name, Opportunity.Role::places)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Cook", 2));
	}

	@Test
	void explainsWhatIsMissingAndPostsNothing() {
		Opportunities.Posted posted = opportunities.post(fixtures.demo("organiser"), OpportunityProposal.empty());

		assertThat(posted.id()).isNull();
		assertThat(posted.errors()).containsKeys("title", "description", "cause", "hours", "frequency", "dbsCheck",
				"postcode", "role1");
	}

	@Test
	void aGroupAdministratorPostsForTheirGroupButNotForAnother() {
		long theirs = organisations.bySlug("hackney-downs-food-share").orElseThrow().id().value();
		long another = organisations.bySlug("well-street-youth-trust").orElseThrow().id().value();

		Opportunities.Posted ok = opportunities.post(fixtures.demo("groupadmin"),
				proposal(Long.toString(theirs), ActionFixtures.unique("Pantry"), "1"));
		Opportunities.Posted refused = opportunities.post(fixtures.demo("groupadmin"),
				proposal(Long.toString(another), ActionFixtures.unique("Pantry"), "1"));
		Opportunities.Posted resident = opportunities.post(fixtures.demo("resident"),
				proposal("", ActionFixtures.unique("Pantry"), "1"));

		assertThat(ok.errors()).isEmpty();
		assertThat(opportunities.get(ok.id()).organisation().value()).isEqualTo(theirs);
		assertThat(refused.errors()).containsEntry("organisation", "action.form.organisation.notYours");
		assertThat(resident.errors()).containsEntry("postcode", "action.opportunity.form.postcode.notYourArea");
	}

	@Test
	void peopleApplyWithdrawAndAreAcceptedOnlyUpToTheRolesPlacesAndToldByMail() {
		long id = posted(ActionFixtures.unique("Pantry cooks"), "1");
		String role = Long.toString(opportunities.get(id).roles().get(0).id());
		List<PersonId> residents = fixtures.residents(3);
		PersonId organiser = fixtures.demo("organiser");

		assertThat(applications.apply(id, role, residents.get(0), "Saturdays suit me.")).isEmpty();
		assertThat(applications.apply(id, role, residents.get(0), "Again")).contains("action.apply.already");
		assertThat(applications.apply(id, role, residents.get(1), "")).isEmpty();
		assertThat(applications.apply(id, "999999", residents.get(2), "")).contains("action.apply.role.missing");
		List<Application> all = applications.to(id);

		assertThat(applications.decide(all.get(0).id(), organiser, true)).isEmpty();
		assertThat(applications.decide(all.get(1).id(), organiser, true)).contains("action.decide.full");
		assertThat(applications.decide(all.get(1).id(), organiser, false)).isEmpty();
		assertThat(applications.decide(all.get(1).id(), organiser, true)).contains("action.decide.settled");
		assertThatThrownBy(() -> applications.decide(all.get(0).id(), fixtures.demo("resident"), false))
			.isInstanceOf(AccessDeniedException.class);

		String title = opportunities.get(id).title();
		await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.mailsTo(residents.get(0), "You have been accepted: " + title) == 1
				&& fixtures.mailsTo(residents.get(1), "Your application: " + title) == 1);

		assertThat(applications.withdraw(all.get(0).id(), residents.get(0))).isTrue();
		assertThat(applications.get(all.get(0).id()).status()).isEqualTo(Application.Status.WITHDRAWN);
		assertThat(applications.apply(id, role, residents.get(0), "Back again")).isEmpty();
		assertThatThrownBy(() -> applications.withdraw(all.get(1).id(), residents.get(0)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aClosedOpportunityTakesNoApplications() {
		long id = posted(ActionFixtures.unique("Pantry cooks"), "1");
		opportunities.close(id, fixtures.demo("organiser"));

		assertThat(applications.apply(id, Long.toString(opportunities.get(id).roles().get(0).id()),
				fixtures.residents(1).get(0), "")).contains("action.apply.closed");
		assertThatThrownBy(() -> opportunities.close(id, fixtures.demo("broker"))).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void staffJoinWithTheirEmployersCodeAndTheirHoursAddUpByAreaAndCause() throws Exception {
		PersonId registrar = fixtures.demo("officer");
		Employers.Registered registered = employers.register(registrar, ActionFixtures.unique("Hackney Homes"), "PUBLIC");
		assertThat(registered.errors()).isEmpty();
		Employers.Employer employer = employers.get(registered.id());
		PersonId resident = fixtures.demo("resident");

		assertThat(employers.joinWithCode(resident, "NOTACODE")).contains("action.employer.join.code.unknown");
		assertThat(employers.joinWithCode(resident, employer.joinCode().toLowerCase())).isEmpty();
		String yesterday = LocalDate.ofInstant(clock.instant(), Typed.LONDON).minusDays(1).toString();
		assertThat(employers.logHours(resident, Long.toString(employer.id()), yesterday, "2", "0", "ENVIRONMENT")).isEmpty();
		assertThat(employers.logHours(registrar, Long.toString(employer.id()), yesterday, "", "45", "FOOD")).isEmpty();
		assertThat(employers.logHours(resident, Long.toString(employer.id()), "1/1/2099", "1", "", "FOOD"))
			.containsEntry("date", "action.hours.date.future");
		assertThat(employers.logHours(fixtures.demo("broker"), Long.toString(employer.id()), yesterday, "1", "", "FOOD"))
			.containsEntry("employer", "action.hours.employer.missing");

		assertThat(employers.byCause(employer.id())).extracting(Employers.Total::key, Employers.Total::minutes)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ENVIRONMENT", 120L),
					org.assertj.core.groups.Tuple.tuple("FOOD", 45L));
		assertThat(employers.byArea(employer.id())).extracting(Employers.Total::minutes).containsExactly(165L);

		String page = mvc.perform(get("/volunteering/employers/" + employer.id())).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("2 hours 45 minutes").contains("Environment and green spaces")
			.doesNotContain(employer.joinCode()).doesNotContain("Demo Resident");
		Cookie officer = SignedIn.as(mvc, "officer");
		assertThat(mvc.perform(get("/volunteering/employers/" + employer.id()).cookie(officer)).andReturn()
			.getResponse().getContentAsString()).contains(employer.joinCode());
	}

	@Test
	void theOpportunityPagesWorkForApplicantsAndTheOrganiser() throws Exception {
		long id = posted(ActionFixtures.unique("Pantry helpers"), "3");
		Cookie resident = SignedIn.as(mvc, "resident");
		long role = opportunities.get(id).roles().get(0).id();

		assertThat(mvc.perform(get("/volunteering")).andReturn().getResponse().getContentAsString())
			.contains(opportunities.get(id).title());
		assertThat(mvc.perform(get("/volunteering/" + id)).andReturn().getResponse().getContentAsString())
			.contains("Sign in to apply").contains("2 hours 30 minutes, every week");

		MvcResult applied = mvc.perform(post("/volunteering/" + id + "/apply").with(csrf()).cookie(resident)
			.param("role", Long.toString(role)).param("message", "I can cook for 40.")).andReturn();
		assertThat(applied.getResponse().getRedirectedUrl()).isEqualTo("/volunteering/" + id);
		MvcResult noRole = mvc.perform(post("/volunteering/" + id + "/apply").with(csrf()).cookie(resident)).andReturn();
		assertThat(noRole.getResponse().getContentAsString()).contains("There is a problem");

		String list = mvc.perform(get("/volunteering/" + id + "/applications").cookie(SignedIn.as(mvc, "organiser")))
			.andReturn().getResponse().getContentAsString();
		assertThat(list).contains("I can cook for 40.").contains("Demo Resident");
		assertThat(mvc.perform(get("/volunteering/" + id + "/applications").cookie(resident)).andReturn().getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get("/volunteering/mine").cookie(resident)).andReturn().getResponse().getContentAsString())
			.contains(opportunities.get(id).title());
	}

	@Test
	void theOpportunityFormShowsProblemsAgainstTheirFields() throws Exception {
		String page = mvc.perform(post("/volunteering/new").with(csrf()).cookie(SignedIn.as(mvc, "organiser"))
			.param("title", "Helpers").param("hours", "lots")).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("There is a problem").contains("href=\"#hours\"").contains("href=\"#role1\"")
			.contains("value=\"Helpers\"");
	}
}
