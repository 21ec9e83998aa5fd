package org.bigsociety.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.bigsociety.journeys.AccountSteps.signsIn;

/**
 * A resident votes in the demo's Hackney budget round, is told clearly what is missing, casts a vote, then comes back
 * and changes it; the ballot shows their current choices each time.
 */
@Journey
class BudgetJourney {

	static final Person DEMO_RESIDENT = new Person("Demo Resident", "resident@demo.bigsociety.org.uk", "demo-password",
			"E8 1DY");

	static final String ROUND = "Hackney Neighbourhood Fund 2026";
	static final String CROSSING = "Safer crossing by Gayhurst School";
	static final String FRIDGE = "Community fridge at Clapton Library";
	static final String TOWPATH = "Lighting on the canal towpath";

	@Test
	void aResidentVotesInABudgetRoundAndChangesTheirVote(Visitor resident) {
		signsIn(resident, DEMO_RESIDENT);
		opensTheRound(resident);
		opensTheBallot(resident);

		clearsTheBallot(resident);
		resident.clickButton(submitLabel(resident));
		resident.followsErrorToField("Enter your date of birth, for example 27 3 2007", "Day");

		ticks(resident, CROSSING);
		ticks(resident, FRIDGE);
		givesTheirDateOfBirth(resident);
		resident.clickButton(submitLabel(resident));
		resident.seesBanner("Your vote has been recorded.");
		assertThat(project(resident, CROSSING)).isChecked();
		assertThat(project(resident, FRIDGE)).isChecked();

		resident.clickLink("Back to the round");
		resident.seesHeading(ROUND);
		resident.clickLink("Change your vote");
		resident.seesHeading("Your ballot");
		resident.sees("You have already voted.");
		assertThat(project(resident, CROSSING)).isChecked();

		project(resident, FRIDGE).uncheck();
		ticks(resident, TOWPATH);
		givesTheirDateOfBirth(resident);
		resident.clickButton("Change my vote");
		resident.seesBanner("Your vote has been recorded.");
		assertThat(project(resident, CROSSING)).isChecked();
		assertThat(project(resident, TOWPATH)).isChecked();
		assertThat(project(resident, FRIDGE)).not().isChecked();
	}

	@Test
	void votingWorksWithoutJavaScript(@WithoutJavaScript Visitor resident) {
		signsIn(resident, DEMO_RESIDENT);
		opensTheRound(resident);
		opensTheBallot(resident);
		clearsTheBallot(resident);

		ticks(resident, TOWPATH);
		givesTheirDateOfBirth(resident);
		resident.clickButton(submitLabel(resident));

		resident.seesBanner("Your vote has been recorded.");
		assertThat(project(resident, TOWPATH)).isChecked();
	}

	static final Person DEMO_OFFICER = new Person("Demo Officer", "officer@demo.bigsociety.org.uk", "demo-password",
			"E8 1DY");

	@Test
	void anOfficerRunsARoundUpToItsVote(Visitor officer) {
		signsIn(officer, DEMO_OFFICER);
		officer.open("/budgets");
		officer.clickLink("Start a budget round");
		officer.seesHeading("Start a budget round");
		officer.clickButton("Create the round");
		officer.followsErrorToField("Enter a name of up to 200 characters", "Name of the round");

		officer.fillIn("Name of the round", "Clapton small grants")
			.fillIn("Budget", "5000")
			.fillIn("Day", "1")
			.fillIn("Month", "6")
			.fillIn("Year", Integer.toString(java.time.Year.now().getValue() + 1))
			.clickButton("Create the round");
		officer.seesHeading("Manage the round");

		officer.fillIn("Project name", "Bulb planting")
			.fillIn("What it is and who it helps", "Spring bulbs in the estate's verges.")
			.fillIn("Estimated cost", "800")
			.clickButton("Add the project");
		officer.seesBanner("The project has been added.");
		officer.clickButton("Stop collecting ideas");
		officer.seesBanner("The round has moved on.");

		officer.clickLink("Bulb planting");
		officer.seesHeading("Bulb planting");
		officer.tick("Yes").clickButton("Save the review");
		officer.seesBanner("The project has been reviewed.");
		officer.clickButton("Open the vote");
		officer.seesBanner("The round has moved on.");

		officer.clickLink("Type in paper ballots");
		officer.seesHeading("Type in a paper ballot");
		officer.fillIn("Number printed on the paper", "P-1");
		officer.page().getByLabel("Bulb planting", new Page.GetByLabelOptions().setExact(false)).check();
		officer.clickButton("Save this entry");
		officer.seesBanner("Another officer must now type in the same paper.");

		officer.clickLink("Back to managing the round");
		officer.clickButton("Close the vote and publish the results");
		officer.sees("Some paper ballots need a second entry or a third look before the results can be published");
	}

	private static void opensTheRound(Visitor resident) {
		resident.open("/");
		resident.clickLink("Have your say");
		resident.clickLink("Participatory budgets");
		resident.seesHeading("Participatory budgets");
		resident.clickLink(ROUND);
		resident.seesHeading(ROUND);
		resident.seesInSummary("Phase", "Voting");
	}

	/** The button says "Vote" the first time and "Change your vote" after, as the demo may have been used. */
	private static void opensTheBallot(Visitor resident) {
		Locator vote = resident.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vote").setExact(true));
		resident.click(vote.count() > 0 ? vote
				: resident.page().getByRole(AriaRole.LINK,
						new Page.GetByRoleOptions().setName("Change your vote").setExact(true)));
		resident.seesHeading("Your ballot");
	}

	private static String submitLabel(Visitor resident) {
		return resident.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cast my vote")
			.setExact(true)).count() > 0 ? "Cast my vote" : "Change my vote";
	}

	private static void clearsTheBallot(Visitor resident) {
		Locator ticked = resident.page().locator("input[name=projects]:checked");
		while (ticked.count() > 0) {
			ticked.first().uncheck();
		}
	}

	private static void ticks(Visitor resident, String title) {
		project(resident, title).check();
	}

	private static Locator project(Visitor resident, String title) {
		return resident.page().getByLabel(title, new Page.GetByLabelOptions().setExact(false));
	}

	private static void givesTheirDateOfBirth(Visitor resident) {
		resident.fillIn("Day", "14").fillIn("Month", "7").fillIn("Year", "1988");
	}
}
