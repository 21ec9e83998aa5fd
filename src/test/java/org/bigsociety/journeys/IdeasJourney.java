package org.bigsociety.journeys;

import org.junit.jupiter.api.Test;

import static org.bigsociety.journeys.AccountSteps.signsIn;

/**
 * A resident takes part in the demo's open ideas call, "Ideas for a kinder winter": submits an idea (fixing what was
 * missing first), then supports someone else's idea and withdraws the support; and, without JavaScript, another
 * demo sign-in supports an idea and asks to join its team.
 */
@Journey
class IdeasJourney {

	static final Person DEMO_RESIDENT = new Person("Demo Resident", "resident@demo.bigsociety.org.uk", "demo-password",
			"E8 1DY");

	static final Person DEMO_ORGANISER = new Person("Demo Organiser", "organiser@demo.bigsociety.org.uk",
			"demo-password", "E8 1DY");

	static final String CALL = "Ideas for a kinder winter";

	@Test
	void aResidentSubmitsAnIdeaAndSupportsAnother(Visitor resident) {
		signsIn(resident, DEMO_RESIDENT);
		opensTheCall(resident);
		resident.clickLink("Submit an idea");
		resident.seesHeading("Submit an idea");
		resident.clickButton("Submit my idea");
		resident.followsErrorToField("Name your idea in up to 200 characters", "Name your idea");

		resident.fillIn("Name your idea", "Soup and stories on Sunday evenings")
			.fillIn("What problem does it solve?", "Sunday evenings are the loneliest time of the week for many.")
			.fillIn("What is your idea?", "A shared soup supper with a storyteller at the community hall.")
			.fillIn("Who would benefit?", "Anyone who lives alone, and the volunteers who cook.")
			.clickButton("Submit my idea");
		resident.seesBanner("Your idea has been submitted.");
		resident.seesHeading("Soup and stories on Sunday evenings");
		resident.sees("Invite people to your team");

		resident.clickLink("Back to the call");
		resident.clickLink("Winter coat rail");
		resident.seesHeading("Winter coat rail");
		resident.clickButton("Support this idea");
		resident.seesBanner("You now support this idea.");
		resident.sees("You support this idea.");
		resident.clickButton("Withdraw my support");
		resident.seesBanner("You no longer support this idea.");
		resident.clickButton("Support this idea");
		resident.seesBanner("You now support this idea.");
	}

	@Test
	void supportingAndAskingToJoinWorkWithoutJavaScript(@WithoutJavaScript Visitor organiser) {
		signsIn(organiser, DEMO_ORGANISER);
		opensTheCall(organiser);
		organiser.clickLink("Check-in calls for older neighbours");
		organiser.clickButton("Support this idea");
		organiser.seesBanner("You now support this idea.");
		organiser.clickButton("Ask to join the team");
		organiser.seesBanner("You have asked to join the team.");
		organiser.sees("You have asked to join this team.");
	}

	static final Person DEMO_OFFICER = new Person("Demo Officer", "officer@demo.bigsociety.org.uk", "demo-password",
			"E8 1DY");

	/** An officer runs a whole call, judging on its panel too: every officer's and judge's page once. */
	@Test
	void anOfficerRunsACallFromOpeningToOutcomes(Visitor officer) {
		signsIn(officer, DEMO_OFFICER);
		officer.open("/ideas");
		officer.clickLink("Open a new ideas call");
		officer.seesHeading("Open an ideas call");
		officer.clickButton("Open the call");
		officer.followsErrorToField("Enter a title of up to 200 characters", "Title");
		java.time.LocalDate closes = java.time.LocalDate.now().plusDays(10);
		java.time.LocalDate weekend = closes.plusDays(10);
		officer.fillIn("Title", "Ideas for safer streets")
			.fillIn("The challenge", "How can our streets feel safer after dark?")
			.fillIn("Where it is", "Hackney Town Hall");
		officer.page().locator("#closesDay").fill(Integer.toString(closes.getDayOfMonth()));
		officer.page().locator("#closesMonth").fill(Integer.toString(closes.getMonthValue()));
		officer.page().locator("#closesYear").fill(Integer.toString(closes.getYear()));
		officer.page().locator("#weekendDay").fill(Integer.toString(weekend.getDayOfMonth()));
		officer.page().locator("#weekendMonth").fill(Integer.toString(weekend.getMonthValue()));
		officer.page().locator("#weekendYear").fill(Integer.toString(weekend.getYear()));
		officer.clickButton("Open the call");
		officer.seesHeading("Manage the call");

		// The officer joins the panel through the link judges get, and submits an idea as a resident.
		officer.open(officer.page().locator("p.govuk-\\!-text-break-word").textContent().strip());
		officer.seesHeading("Join the judging panel");
		officer.clickButton("Join the panel");
		officer.seesBanner("You are on the judging panel.");
		officer.clickLink("Back to the call");
		officer.clickLink("Submit an idea");
		officer.fillIn("Name your idea", "Lit walking routes")
			.fillIn("What problem does it solve?", "Dark alleys between the estates.")
			.fillIn("What is your idea?", "Map and light three walking routes.")
			.fillIn("Who would benefit?", "People walking home late.")
			.clickButton("Submit my idea");
		officer.seesBanner("Your idea has been submitted.");

		officer.clickLink("Ideas for safer streets");
		officer.clickLink("Manage this call");
		officer.clickButton("Close ideas and start judging");
		officer.seesBanner("The call has moved on to its next phase.");
		officer.clickLink("Ideas for safer streets");
		officer.clickLink("Your score sheets");
		officer.clickLink("Lit walking routes");
		officer.clickButton("Save my scores");
		officer.sees("There is a problem");
		for (String criterion : new String[] { "Impact", "Can be done", "Community" }) {
			officer.page().locator("fieldset:has(legend:text-is('" + criterion + " (weight "
					+ (criterion.equals("Impact") ? 3 : 2) + ")')) label:text-is('4')").click();
		}
		officer.clickButton("Save my scores");
		officer.seesBanner("Your scores have been saved.");
		officer.sees("28 of 35");

		officer.clickLink("Back to the call");
		officer.clickLink("Manage this call");
		officer.clickButton("Shortlist Lit walking routes");
		officer.seesBanner("The shortlist has been updated.");
		officer.clickButton("Close judging and publish the shortlist");
		officer.clickLink("Ideas for safer streets");
		officer.sees("How the panel ranked the ideas");
		officer.clickButton("Sign up for the build weekend");
		officer.seesBanner("You have signed up for the build weekend.");
		officer.clickLink("Manage this call");
		officer.clickButton("Close the build weekend and record outcomes");
		officer.clickLink("Record the outcome of Lit walking routes");
		officer.clickButton("Record the outcome");
		officer.followsErrorToField("Choose what became of the idea", "Funded");
		officer.tick("Funded").fillIn("Amount awarded, if funded", "2500").clickButton("Record the outcome");
		officer.seesBanner("The outcome has been recorded and put on the public record.");
		officer.clickLink("Lit walking routes");
		officer.sees("Funded with £2,500");
	}

	private static void opensTheCall(Visitor visitor) {
		visitor.open("/ideas");
		visitor.seesHeading("Ideas calls");
		visitor.clickLink(CALL);
		visitor.seesHeading(CALL);
	}
}
