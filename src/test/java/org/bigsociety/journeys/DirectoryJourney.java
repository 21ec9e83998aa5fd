package org.bigsociety.journeys;

import org.junit.jupiter.api.Test;

/**
 * A resident finds a service near them without JavaScript: from their doorstep to the directory, a search by need and
 * distance, a mistake put right, and the service's page with when and where. Every page is checked with axe.
 */
@Journey
class DirectoryJourney {

	@Test
	void aResidentFindsAFoodPantryNearTheirPostcode(@WithoutJavaScript Visitor resident) {
		resident.open("/near/E81DY");
		resident.sees("Groups and services nearby");
		resident.clickLink("Find more services near here");
		resident.seesHeading("Find a local service");

		resident.fillIn("What do you need?", "food")
			.fillIn("Near postcode (optional)", "E8 1DQQ")
			.clickButton("Search");
		resident.followsErrorToField("Enter a real postcode, like E8 1DY", "Near postcode (optional)");

		resident.fillIn("Near postcode (optional)", "E8 1DY").select("Within", "5 km").clickButton("Search");
		resident.sees("metres away");
		resident.clickLink("Weekly food pantry");
		resident.seesHeading("Weekly food pantry");
		resident.seesInSummary("Opening times", "Tuesday, 10:00 to 13:00");
		resident.seesInSummary("Cost", "Free");
		resident.clickLink("Hackney Downs Food Share");
		resident.seesHeading("Hackney Downs Food Share");
		resident.sees("Weekly food pantry");
	}
}
