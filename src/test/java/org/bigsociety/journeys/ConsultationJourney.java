package org.bigsociety.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static org.bigsociety.journeys.AccountSteps.signsIn;

/**
 * A resident reads the demo's open Hackney consultation, goes to one paragraph's own page, is told clearly what is
 * missing, comments and proposes new words (shown as what would change); an officer finds the comment in the queue
 * of unanswered points and answers it, and the resident sees the answer under their comment. Without JavaScript too.
 */
@Journey
class ConsultationJourney {

	static final Person DEMO_RESIDENT = new Person("Demo Resident", "resident@demo.bigsociety.org.uk", "demo-password",
			"E8 1DY");

	static final Person DEMO_OFFICER = new Person("Demo Officer", "officer@demo.bigsociety.org.uk", "demo-password",
			"E8 1DY");

	static final String PARKS = "Draft Hackney Parks and Green Spaces Strategy";

	@Test
	void aResidentCommentsOnAParagraphProposesAChangeAndSeesTheOfficersAnswer(Visitor resident, Visitor officer) {
		String comment = "Friends groups also need somewhere to store their tools " + System.nanoTime();
		signsIn(resident, DEMO_RESIDENT);
		opensParagraph(resident, 8);

		resident.clickButton("Send my comment");
		resident.followsErrorToField("Enter your comment", "Comment on this paragraph");
		resident.fillIn("Comment on this paragraph", comment).clickButton("Send my comment");
		resident.seesBanner("Your comment has been added.");
		resident.sees(comment);

		resident.fillIn("Propose new words for this paragraph", "Friends groups will be able to take on projects of "
				+ "any size, such as bulb planting or litter picks, with tools, storage and insurance provided by the "
				+ "council.");
		resident.clickButton("Send my proposal");
		resident.seesBanner("Your proposal has been added.");
		resident.sees("What would change");
		com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(resident.page()
			.locator("ins", new Page.LocatorOptions().setHasText("storage"))
			.first()).isVisible();

		signsIn(officer, DEMO_OFFICER);
		officer.open("/consultations");
		officer.clickLink("Answer comments and proposals");
		officer.seesHeading("Answer comments and proposals");
		officer.click(officer.page().locator(".govuk-summary-card", new Page.LocatorOptions().setHasText(comment))
			.getByRole(AriaRole.LINK));
		officer.seesHeading("Answer a comment or proposal");
		officer.clickButton("Save the answer");
		officer.followsErrorToField("Choose accepted, accepted in part or not accepted", "Accepted");
		officer.tick("Accepted in part")
			.fillIn("What the council will do, and why", "We will offer storage in the larger parks' depots.")
			.clickButton("Save the answer");
		officer.seesBanner("Your answer has been saved");

		resident.open("/consultations/1/paragraphs/8");
		resident.seesHeading("Paragraph 8");
		Locator answered = resident.page().locator("div[id^=contribution-]", new Page.LocatorOptions().setHasText(comment));
		com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(answered)
			.containsText("The council accepted this in part");
		com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(answered)
			.containsText("We will offer storage in the larger parks' depots.");
	}

	@Test
	void commentingWorksWithoutJavaScript(@WithoutJavaScript Visitor resident) {
		String comment = "Please keep the toilets open later in summer " + System.nanoTime();
		signsIn(resident, DEMO_RESIDENT);
		opensParagraph(resident, 9);
		resident.fillIn("Comment on this paragraph", comment).clickButton("Send my comment");
		resident.seesBanner("Your comment has been added.");
		resident.sees(comment);
		resident.click(resident.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next paragraph")
			.setExact(false)));
		resident.seesHeading("Paragraph 10");
		resident.clickLink("Back to the whole draft");
		resident.seesHeading(PARKS);
	}

	@Test
	void anyoneCanReadTheResultsOfAClosedConsultation(Visitor visitor) {
		visitor.open("/consultations");
		visitor.clickLink("Draft Hackney Street Trees Plan");
		visitor.seesHeading("Results");
		visitor.sees("The outcome is on the public record.");
		visitor.sees("Your street is on the first year's planting list.");
	}

	@Test
	void anOfficerDraftsPreviewsAndPublishesAConsultation(@WithoutJavaScript Visitor officer) {
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
		java.time.LocalDate closes = today.plusDays(30);
		signsIn(officer, DEMO_OFFICER);
		officer.open("/consultations");
		officer.clickLink("Draft a consultation");
		officer.seesHeading("Draft a consultation");
		officer.clickButton("Save and preview");
		officer.followsErrorToField("Enter a title of up to 200 characters", "Title");

		officer.fillIn("Title", "Draft Hackney Play Streets Plan")
			.fillIn("Summary", "Which streets should close to traffic for children to play, and when.");
		officer.page().locator("#opensDay").fill(Integer.toString(today.getDayOfMonth()));
		officer.page().locator("#opensMonth").fill(Integer.toString(today.getMonthValue()));
		officer.page().locator("#opensYear").fill(Integer.toString(today.getYear()));
		officer.page().locator("#closesDay").fill(Integer.toString(closes.getDayOfMonth()));
		officer.page().locator("#closesMonth").fill(Integer.toString(closes.getMonthValue()));
		officer.page().locator("#closesYear").fill(Integer.toString(closes.getYear()));
		officer.fillIn("The draft", "# Why play streets\nChildren need space to play near home.\n\n"
				+ "# How it works\nNeighbours apply together; we close the street on Sunday afternoons.");
		officer.clickButton("Save and preview");
		officer.seesHeading("Draft Hackney Play Streets Plan");
		officer.sees("Neighbours apply together; we close the street on Sunday afternoons.");

		officer.clickLink("Change the draft");
		officer.seesHeading("Change the draft");
		officer.clickButton("Save and preview");
		officer.clickButton("Publish the consultation");
		officer.seesBanner("The consultation is published");
		officer.seesHeading("Draft Hackney Play Streets Plan");
		officer.seesInSummary("Status", "Open for comments");
	}

	private static void opensParagraph(Visitor resident, int number) {
		resident.open("/consultations");
		resident.seesHeading("Consultations");
		resident.clickLink(PARKS);
		resident.seesHeading(PARKS);
		resident.click(resident.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
			.setName("Comment on paragraph " + number + " or propose a change")
			.setExact(false)));
		resident.seesHeading("Paragraph " + number);
	}
}
