package org.bigsociety.journeys;

import java.time.LocalDate;
import java.util.UUID;

import org.bigsociety.TestClock;
import org.bigsociety.action.events.Typed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A community organiser listens and helps a neighbourhood act: logs a conversation in a listening campaign (a mistake
 * first), reads what the ward is talking about, and turns a theme into a proposed group; a resident applies to
 * volunteer and the organiser accepts them.
 */
@Journey
class OrganisingJourney {

	@Autowired
	TestClock clock;

	@Test
	void anOrganiserLogsAConversationAndTurnsAThemeIntoAProposedGroup(Visitor organiser) {
		String theme = "no safe place to cycle " + UUID.randomUUID().toString().substring(0, 6);
		String today = LocalDate.ofInstant(clock.instant(), Typed.LONDON).toString();

		AccountSteps.signsIn(organiser, EventsJourney.DEMO_ORGANISER);
		organiser.open("/organisers");
		organiser.seesHeading("Community organising");
		organiser.clickLink("Listening around Dalston Lane");
		organiser.seesHeading("Listening around Dalston Lane");

		organiser.fillIn("How many people took part?", "none").clickButton("Log conversation");
		organiser.followsErrorToField("Enter how many people took part, from 1 to 500", "How many people took part?");
		organiser.fillIn("Date of the conversation", today)
			.fillIn("How many people took part?", "3")
			.fillIn("What did people talk about?", theme + ", loneliness")
			.clickButton("Log conversation");
		organiser.seesBanner("The conversation has been logged");

		organiser.click(organiser.page().locator("a[href^='/organisers/talking-about/']").first());
		organiser.sees(theme);
		organiser.click(organiser.page().locator("tr:has(th:text-is('" + theme + "')) a"));
		organiser.seesHeading("Propose a group");
		organiser.clickButton("Propose the group");
		organiser.followsErrorToField("Enter a name for the group", "Name of the group");
		String name = "Dalston Cycle Safety " + UUID.randomUUID().toString().substring(0, 6);
		organiser.fillIn("Name of the group", name)
			.fillIn("What will the group do?", "Ask for safe cycle routes to the schools and run cycle training.")
			.clickButton("Propose the group");

		assertThat(organiser.path()).startsWith("/groups/");
		organiser.sees(name);
	}

	@Test
	void aResidentAppliesToVolunteerAndTheOrganiserAcceptsThem(Visitor resident, Visitor organiser) {
		AccountSteps.signsIn(resident, EventsJourney.DEMO_RESIDENT);
		resident.open("/volunteering");
		resident.seesHeading("Volunteering");
		resident.clickLink("Befriending older neighbours");
		resident.tick("Phone friend");
		resident.fillIn("Tell them a little about yourself (optional)", "I can call on Tuesday evenings.")
			.clickButton("Apply");
		resident.seesBanner("Your application has been sent");

		AccountSteps.signsIn(organiser, EventsJourney.DEMO_ORGANISER);
		organiser.open("/volunteering/1/applications");
		organiser.sees("I can call on Tuesday evenings.");
		organiser.click(organiser.page().locator("tr:has-text('I can call on Tuesday evenings.') button:has-text('Accept')"));
		organiser.seesBanner("The application has been accepted");

		resident.open("/volunteering/mine");
		resident.sees("Accepted");
	}
}
