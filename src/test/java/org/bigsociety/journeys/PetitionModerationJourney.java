package org.bigsociety.journeys;

import org.junit.jupiter.api.Test;

import static org.bigsociety.journeys.AccountSteps.signsIn;

/**
 * The pages behind sign-in, each checked with axe as it is visited: a resident starting a petition (and being shown
 * the similar one first), a moderator's queue, review, signature check with a recount preview and blocklist, and an
 * officer's response and thresholds pages. Nothing is decided, so the demo petitions stay as they are.
 */
@Journey
class PetitionModerationJourney {

	static final Person MODERATOR = new Person("Demo Moderator", "moderator@demo.bigsociety.org.uk", "demo-password",
			"E8 1DY");
	static final Person OFFICER = new Person("Demo Officer", "officer@demo.bigsociety.org.uk", "demo-password", "E8 1DY");
	static final Person RESIDENT = new Person("Demo Resident", "resident@demo.bigsociety.org.uk", "demo-password",
			"E8 1DY");

	@Test
	void aResidentStartingAPetitionIsShownASimilarOneFirst(Visitor resident) {
		signsIn(resident, RESIDENT);
		resident.open("/petitions");
		resident.clickLink("Start a petition");
		resident.seesHeading("Start a petition");
		resident.clickButton("Check for similar petitions");
		resident.followsErrorToField("Enter what you want the council to do", "What do you want the council to do?");
		resident.fillIn("What do you want the council to do?", "More bins on the canal towpath")
			.clickButton("Check for similar petitions");
		resident.seesHeading("Petitions like yours").sees("Put more bins along the Regent’s Canal towpath");
		resident.open("/petitions/yours");
		resident.seesHeading("Your petitions");
	}

	@Test
	void aModeratorChecksTheQueueAndPreviewsARecount(Visitor moderator) {
		signsIn(moderator, MODERATOR);
		moderator.open("/petitions/moderation");
		moderator.seesHeading("Moderate petitions");
		moderator.open("/petitions/moderation/4");
		moderator.seesHeading("Check this petition");

		moderator.open("/petitions/moderation/1/signatures");
		moderator.seesHeading("Check the signatures");
		moderator.tick("Postcode").fillIn("Internet address, email domain or postcode", "E8 1DY")
			.clickButton("Preview the recount");
		moderator.sees("What this would do").sees("Signatures counted now").sees("Count afterwards");

		moderator.open("/petitions/moderation/blocked");
		moderator.seesHeading("Blocked email addresses and domains");
	}

	@Test
	void anOfficerOpensTheResponseAndThresholdPages(@WithoutJavaScript Visitor officer) {
		signsIn(officer, OFFICER);
		officer.open("/petitions/3/respond");
		officer.seesHeading("Respond to this petition");
		officer.open("/petitions/thresholds/E09000012");
		officer.seesHeading("Petition thresholds for Hackney");
	}
}
