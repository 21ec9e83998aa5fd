package org.bigsociety.action;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;

import org.bigsociety.IntegrationTest;
import org.bigsociety.TestClock;
import org.bigsociety.action.events.Events;
import org.bigsociety.action.events.Typed;
import org.bigsociety.action.organisers.ListeningCampaigns;
import org.bigsociety.action.organisers.ThemeGroups;
import org.bigsociety.action.organisers.Training;
import org.bigsociety.action.organisers.TrainingModule;
import org.bigsociety.groups.OrganisationStatus;
import org.bigsociety.groups.OrganisationSummary;
import org.bigsociety.groups.Organisations;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.Area;
import org.bigsociety.place.AreaType;
import org.bigsociety.place.Doorstep;
import org.bigsociety.place.Places;
import org.bigsociety.place.Postcode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Community organisers: training records, listening campaigns, what areas talk about, and themes becoming groups. */
@IntegrationTest
class OrganisersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Training training;

	@Autowired
	ListeningCampaigns campaigns;

	@Autowired
	ThemeGroups themeGroups;

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

	String today() {
		return LocalDate.ofInstant(clock.instant(), Typed.LONDON).toString();
	}

	Area ward(String postcode) {
		Doorstep doorstep = places.locate(Postcode.parse(postcode)).orElseThrow();
		return doorstep.chain().stream().filter(a -> a.type() == AreaType.WARD).findFirst().orElseThrow();
	}

	@Test
	void anOrganiserRecordsTrainingModulesAndARepeatReplacesTheDate() {
		PersonId organiser = fixtures.residents(1).get(0);
		String lastYear = LocalDate.ofInstant(clock.instant(), Typed.LONDON).minusYears(1).toString();

		assertThat(training.record(organiser, "LISTENING", lastYear)).isEmpty();
		assertThat(training.record(organiser, "FOUNDATION", "1/2/2020")).isEmpty();
		assertThat(training.record(organiser, "LISTENING", today())).isEmpty();
		assertThat(training.record(organiser, "NO_SUCH_MODULE", "31/2/2020")).containsEntry("module",
				"action.training.form.module.missing").containsEntry("completedOn", "action.training.form.date.invalid");
		assertThat(training.record(organiser, "POWER", "1/1/2999")).containsEntry("completedOn",
				"action.training.form.date.future");

		assertThat(training.of(organiser)).extracting(Training.Completed::module, Training.Completed::on)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(TrainingModule.FOUNDATION, LocalDate.of(2020, 2, 1)),
					org.assertj.core.groups.Tuple.tuple(TrainingModule.LISTENING, LocalDate.parse(today())));
	}

	@Test
	void onlyAnOrganiserInTheAreaStartsACampaignAndOnlyTheyLogItsConversations() {
		ListeningCampaigns.Started refused = campaigns.start(fixtures.demo("resident"), "Listening", "E8 1DY");
		ListeningCampaigns.Started started = campaigns.start(fixtures.demo("organiser"),
				ActionFixtures.unique("Listening on Mare Street"), "E8 1DY");

		assertThat(refused.errors()).containsEntry("postcode", "action.campaign.form.postcode.notYourArea");
		assertThat(started.errors()).isEmpty();
		assertThatThrownBy(() -> campaigns.log(started.id(), fixtures.demo("resident"), today(), "", "2", "parks", ""))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(campaigns.log(started.id(), fixtures.demo("organiser"), "", "XX", "0", " , ", ""))
			.containsOnlyKeys("heldOn", "postcode", "people", "themes");
		assertThat(campaigns.conversations(started.id())).isEmpty();
	}

	@Test
	void themesAddUpPerAreaWithoutNamesAndShowOnThePublicPage() throws Exception {
		String theme = ActionFixtures.unique("Broken lifts").toLowerCase();
		long campaign = campaigns.start(fixtures.demo("organiser"), ActionFixtures.unique("Lifts"), "E8 1DY").id();
		PersonId organiser = fixtures.demo("organiser");

		assertThat(campaigns.log(campaign, organiser, today(), "", "3", theme + ", Rats in the bins", "Ask the landlord"))
			.isEmpty();
		assertThat(campaigns.log(campaign, organiser, today(), "E8 1DY", "2", "  " + theme.toUpperCase() + "  ", ""))
			.isEmpty();
		Area ward = ward("E8 1DY");

		assertThat(campaigns.themesIn(ward.id(), 100)).filteredOn(t -> t.theme().equals(theme))
			.extracting(ListeningCampaigns.Theme::conversations, ListeningCampaigns.Theme::people)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, 5));
		assertThat(campaigns.themesIn(places.byGssCode(ActionFixtures.HACKNEY).orElseThrow().id(), 1000))
			.anyMatch(t -> t.theme().equals(theme));

		MvcResult lookup = mvc.perform(get("/organisers/talking-about").param("postcode", "e8 1dy")).andReturn();
		assertThat(lookup.getResponse().getRedirectedUrl()).isEqualTo("/organisers/talking-about/"
				+ ward.gssCode().orElseThrow().value());
		String page = mvc.perform(get(lookup.getResponse().getRedirectedUrl())).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains(theme).contains("What people in " + ward.name() + " are talking about")
			.doesNotContain("Ask the landlord").doesNotContain("Propose a group");
		String asOrganiser = mvc.perform(get(lookup.getResponse().getRedirectedUrl())
			.cookie(SignedIn.as(mvc, "organiser"))).andReturn().getResponse().getContentAsString();
		assertThat(asOrganiser).contains("Propose a group");
		assertThat(mvc.perform(get("/organisers/talking-about").param("postcode", "not a postcode")).andReturn()
			.getResponse().getContentAsString()).contains("There is a problem");
	}

	@Test
	void anOrganiserTurnsAThemeIntoAProposedGroupThroughTheGroupsModule() throws Exception {
		String theme = ActionFixtures.unique("Nowhere to grow food").toLowerCase();
		long campaign = campaigns.start(fixtures.demo("organiser"), ActionFixtures.unique("Growing"), "E8 1DY").id();
		campaigns.log(campaign, fixtures.demo("organiser"), today(), "", "4", theme, "");
		Area ward = ward("E8 1DY");
		String key = ward.gssCode().orElseThrow().value();
		Cookie organiser = SignedIn.as(mvc, "organiser");

		String form = mvc.perform(get("/organisers/groups/new").param("area", key).param("theme", theme)
			.cookie(organiser)).andReturn().getResponse().getContentAsString();
		assertThat(form).contains(theme);
		String invalid = mvc.perform(post("/organisers/groups/new").with(csrf()).param("area", key).param("theme", theme)
			.cookie(organiser)).andReturn().getResponse().getContentAsString();
		assertThat(invalid).contains("There is a problem").contains("href=\"#name\"");
		String name = ActionFixtures.unique("Dalston Growers");
		MvcResult proposed = mvc.perform(post("/organisers/groups/new").with(csrf()).param("area", key)
			.param("theme", theme).param("name", name).param("purpose", "Turn spare corners into vegetable beds.")
			.cookie(organiser)).andReturn();

		String path = proposed.getResponse().getRedirectedUrl();
		OrganisationSummary group = organisations.bySlug(path.substring(path.lastIndexOf('/') + 1)).orElseThrow();
		assertThat(group.name()).isEqualTo(name);
		assertThat(group.status()).isEqualTo(OrganisationStatus.PROPOSED);
		assertThat(group.area()).isEqualTo(ward.id());
		assertThatThrownBy(() -> themeGroups.propose(fixtures.demo("resident"), ward.id(), theme, "A", "B"))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(mvc.perform(get("/organisers/groups/new").param("area", key).param("theme", "never heard here")
			.cookie(organiser)).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void theOrganisersOwnPagesShowTheirTrainingAndCampaignsButNotToOthers() throws Exception {
		Cookie organiser = SignedIn.as(mvc, "organiser");
		String home = mvc.perform(get("/organisers").cookie(organiser)).andReturn().getResponse().getContentAsString();
		assertThat(home).contains("Listening around Dalston Lane").contains("Listening: one-to-one conversations");
		String about = mvc.perform(get("/organisers").cookie(SignedIn.as(mvc, "resident"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(about).contains("Community organisers are local people trained to listen")
			.doesNotContain("Listening around Dalston Lane");

		String campaign = mvc.perform(get("/organisers/campaigns/1").cookie(organiser)).andReturn().getResponse()
			.getContentAsString();
		assertThat(campaign).contains("loneliness").contains("Invited to the coffee morning at the library.");
		assertThat(mvc.perform(get("/organisers/campaigns/1").cookie(SignedIn.as(mvc, "broker"))).andReturn()
			.getResponse().getStatus()).isEqualTo(403);

		MvcResult logged = mvc.perform(post("/organisers/campaigns/1/conversations").with(csrf()).cookie(organiser)
			.param("heldOn", today()).param("people", "2").param("themes", ActionFixtures.unique("bus stop"))
			.param("postcode", "")).andReturn();
		assertThat(logged.getResponse().getRedirectedUrl()).isEqualTo("/organisers/campaigns/1");
		String invalid = mvc.perform(post("/organisers/campaigns/1/conversations").with(csrf()).cookie(organiser)
			.param("heldOn", "yesterday")).andReturn().getResponse().getContentAsString();
		assertThat(invalid).contains("There is a problem").contains("href=\"#heldOn\"").contains("href=\"#themes\"");
	}

	@Test
	void theDoorstepShowsEventsVolunteeringAndThemesNearThePostcode() throws Exception {
		String page = mvc.perform(get("/near/E81DY")).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Events near you").contains("Volunteering near you")
			.contains("Befriending older neighbours").contains("are talking about").contains("loneliness");
	}
}
