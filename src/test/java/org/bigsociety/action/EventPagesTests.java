package org.bigsociety.action;

import java.time.Duration;
import java.time.LocalDate;

import jakarta.servlet.http.Cookie;

import org.bigsociety.IntegrationTest;
import org.bigsociety.TestClock;
import org.bigsociety.action.events.BigSocietyDays;
import org.bigsociety.action.events.Events;
import org.bigsociety.action.events.SignUps;
import org.bigsociety.action.events.Typed;
import org.bigsociety.groups.Organisations;
import org.bigsociety.people.People;
import org.bigsociety.place.Places;
import org.bigsociety.record.PublicRecord;
import org.bigsociety.record.RecordEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The events pages and Big Society Day, through HTTP as people use them. */
@IntegrationTest
class EventPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Events events;

	@Autowired
	SignUps signUps;

	@Autowired
	BigSocietyDays days;

	@Autowired
	People people;

	@Autowired
	Places places;

	@Autowired
	Organisations organisations;

	@Autowired
	PublicRecord record;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	ActionFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ActionFixtures(events, people, places, jdbc, clock);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void anyoneSeesWhatIsOnAndIsAskedToSignInToSignUp() throws Exception {
		EventId id = fixtures.event().title(ActionFixtures.unique("Street lunch on Ridley Road")).scheduled();

		String list = page(get("/events"), null);
		String event = page(get("/events/" + id), null);

		assertThat(list).contains(events.get(id).title()).contains("Calendar feed");
		assertThat(event).contains(events.get(id).title()).contains("Sign in to sign up")
			.contains("Step-free. Chairs for anyone who needs one.");
	}

	@Test
	void aResidentSignsUpAndSeesTheirPlaceThenGivesItUp() throws Exception {
		EventId id = fixtures.event().capacity(1).scheduled();
		Cookie resident = SignedIn.as(mvc, "resident");

		MvcResult signedUp = mvc.perform(post("/events/" + id + "/sign-up").with(csrf()).cookie(resident)).andReturn();
		assertThat(signedUp.getResponse().getRedirectedUrl()).isEqualTo("/events/" + id);
		assertThat(page(get("/events/" + id).flashAttr("notice", signedUp.getFlashMap().get("notice")), resident))
			.contains("You have a place. We will email you a reminder the day before.")
			.contains("Cancel my place");
		assertThat(page(get("/events/mine"), resident)).contains(events.get(id).title());

		mvc.perform(post("/events/" + id + "/cancel-place").with(csrf()).cookie(resident));
		assertThat(signUps.placeOf(id, fixtures.demo("resident"))).isEmpty();
	}

	@Test
	void aFullEventOffersTheWaitingList() throws Exception {
		EventId id = fixtures.event().capacity(1).scheduled();
		signUps.signUp(id, fixtures.residents(1).get(0));
		Cookie resident = SignedIn.as(mvc, "resident");

		assertThat(page(get("/events/" + id), resident)).contains("Join the waiting list");
		mvc.perform(post("/events/" + id + "/sign-up").with(csrf()).cookie(resident));
		assertThat(page(get("/events/" + id), resident)).contains("You are number 1 on the waiting list");
	}

	@Test
	void anOrganiserAddsAnEventThroughTheForm() throws Exception {
		Cookie organiser = SignedIn.as(mvc, "organiser");
		var typed = fixtures.event().title(ActionFixtures.unique("Quiz night")).kind("SOCIAL").proposal();

		MvcResult result = mvc.perform(post("/events/new").with(csrf()).cookie(organiser)
			.param("organisation", "")
			.param("title", typed.title())
			.param("kind", typed.kind())
			.param("description", "A quiz for the whole street.")
			.param("date", typed.date())
			.param("startTime", typed.startTime())
			.param("endTime", typed.endTime())
			.param("address", "The Pembury Tavern")
			.param("postcode", "e81dy")
			.param("capacity", "40")
			.param("accessibility", "Step-free entrance.")).andReturn();

		assertThat(result.getResponse().getRedirectedUrl()).startsWith("/events/");
		String page = page(get(result.getResponse().getRedirectedUrl()), organiser);
		assertThat(page).contains(typed.title()).contains("Manage this event");
	}

	@Test
	void theEventFormShowsEachProblemAgainstItsField() throws Exception {
		Cookie organiser = SignedIn.as(mvc, "organiser");

		String page = page(post("/events/new").with(csrf()).param("title", "Quiz").param("postcode", "not a postcode"),
				organiser);

		assertThat(page).contains("There is a problem")
			.contains("href=\"#date\"")
			.contains("Enter a real postcode, like E8 1DY")
			.contains("govuk-form-group--error")
			.contains("value=\"Quiz\"");
	}

	@Test
	void aGroupAdministratorAddsAnEventForTheirGroup() throws Exception {
		Cookie groupAdmin = SignedIn.as(mvc, "groupadmin");
		long group = organisations.bySlug("mapledene-road-residents-association").orElseThrow().id().value();
		var typed = fixtures.event().title(ActionFixtures.unique("Planting day")).kind("GARDENING").proposal();

		assertThat(page(get("/events/new"), groupAdmin)).contains("Mapledene Road Residents");
		MvcResult result = mvc.perform(post("/events/new").with(csrf()).cookie(groupAdmin)
			.param("organisation", Long.toString(group))
			.param("title", typed.title()).param("kind", typed.kind()).param("description", "Planting.")
			.param("date", typed.date()).param("startTime", typed.startTime()).param("endTime", typed.endTime())
			.param("address", "Mapledene Road").param("postcode", "E8 4UT").param("capacity", "30")
			.param("accessibility", "Level road.")).andReturn();

		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/events/");
		EventId id = new EventId(Long.parseLong(location.substring("/events/".length())));
		assertThat(events.get(id).organisation().value()).isEqualTo(group);
		assertThat(page(get(location), null)).contains("Mapledene Road Residents");
		assertThat(mvc.perform(get(location + "/manage").cookie(SignedIn.as(mvc, "organiser"))).andReturn()
			.getResponse().getStatus()).as("another organiser's group event").isEqualTo(403);
	}

	@Test
	void theOrganiserManagesTheirEventAndOthersAreRefused() throws Exception {
		EventId id = fixtures.event().scheduled();
		signUps.signUp(id, fixtures.residents(1).get(0));

		assertThat(page(get("/events/" + id + "/manage"), SignedIn.as(mvc, "organiser")))
			.contains("1 of 20 places taken, 0 waiting")
			.contains("Cancel this event");
		assertThat(mvc.perform(get("/events/" + id + "/manage").cookie(SignedIn.as(mvc, "resident"))).andReturn()
			.getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get("/events/" + id + "/manage").cookie(SignedIn.as(mvc, "groupadmin"))).andReturn()
			.getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void anOrganiserRecordsAttendanceThroughTheForm() throws Exception {
		EventId id = fixtures.event().startsIn(Duration.ofHours(5)).scheduled();
		signUps.signUp(id, fixtures.residents(2).get(0));
		signUps.signUp(id, fixtures.residents(2).get(1));
		long first = signUps.active(id).get(0).id();
		clock.advance(Duration.ofHours(6));
		Cookie organiser = SignedIn.as(mvc, "organiser");

		assertThat(page(get("/events/" + id + "/manage"), organiser)).contains("Who came?");
		mvc.perform(post("/events/" + id + "/attendance").with(csrf()).cookie(organiser).param("attended", Long.toString(first)));

		assertThat(signUps.counts(id).attended()).isEqualTo(1);
		assertThat(page(get("/events/" + id + "/manage"), organiser)).contains("Attendance has been recorded: 1 person came.")
			.doesNotContain("Who came?");
	}

	@Test
	void theBigSocietyDayPageCountsTheDaysEventsByArea() throws Exception {
		String page = page(get("/big-society-day/1"), null);

		assertThat(page).contains("Big Society Day").contains("Mapledene Road street lunch")
			.contains("Canal towpath clean-up").contains("By area");
		assertThat(page(get("/big-society-day"), null)).contains("Big Society Day");
	}

	@Test
	void anOfficerPlansADayAndItsTotalsGoOnThePublicRecordOnceItIsOver() throws Exception {
		Cookie officer = SignedIn.as(mvc, "officer");
		LocalDate day = LocalDate.ofInstant(clock.instant(), Typed.LONDON).plusYears(3).plusDays(fixtures.hashCode() % 300);

		MvcResult planned = mvc.perform(post("/big-society-day/new").with(csrf()).cookie(officer)
			.param("date", day.toString()).param("postcode", "E8 1DY")).andReturn();
		String location = planned.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/big-society-day/");
		long id = Long.parseLong(location.substring("/big-society-day/".length()));
		EventId event = fixtures.event().startsIn(Duration.between(clock.instant(),
				day.atTime(9, 0).atZone(Typed.LONDON).toInstant())).capacity(7).scheduled();
		signUps.signUp(event, fixtures.residents(1).get(0));
		assertThat(page(get(location), null)).contains(events.get(event).title());

		clock.advance(Duration.between(clock.instant(), day.plusDays(1).atTime(12, 0).atZone(Typed.LONDON).toInstant()));
		days.recordFinishedDays();

		RecordEntry entry = await().atMost(Duration.ofSeconds(20))
			.until(() -> record.byReference("action/big-society-day/" + id + "/totals"), found -> found.isPresent())
			.orElseThrow();
		assertThat(entry.kind()).isEqualTo("action.big-society-day.totalled");
		assertThat(entry.summary()).contains("1 event with 7 places, 1 taken and 0 people recorded as attending");
		assertThat(days.recordFinishedDays()).isZero();
	}

	@Test
	void refusesADayOutsideTheOfficersAreaOrInThePast() throws Exception {
		Cookie officer = SignedIn.as(mvc, "officer");

		String page = page(post("/big-society-day/new").with(csrf()).param("date", "1/1/2020").param("postcode", "SW1A 1AA"),
				officer);

		assertThat(page).contains("The day must be today or in the future");
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Cookie session)
			throws Exception {
		if (session != null) {
			request.cookie(session);
		}
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}
}
