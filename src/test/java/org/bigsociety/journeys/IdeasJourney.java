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

	private static void opensTheCall(Visitor visitor) {
		visitor.open("/ideas");
		visitor.seesHeading("Ideas calls");
		visitor.clickLink(CALL);
		visitor.seesHeading(CALL);
	}
}
