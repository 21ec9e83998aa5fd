package org.bigsociety.journeys;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The front door: a resident enters their postcode and sees what is on their doorstep. */
@Journey
class HomePageJourney {

	static final String POSTCODE_FIELD = "Enter your postcode";

	@Test
	void aResidentFindsWhatIsOnTheirDoorstep(Visitor resident) {
		resident.open("/");
		resident.seesHeading("What is happening on your doorstep?");

		entersTheirPostcode(resident, "e8 1dy");

		assertThat(resident.path()).isEqualTo("/near/E81DY");
		resident.sees("E8 1DY").sees("Hackney");
	}

	@Test
	void aMistypedPostcodeIsExplainedAndTheErrorLinksToTheField(Visitor resident) {
		resident.open("/");

		entersTheirPostcode(resident, "HELLO");

		assertThat(resident.field(POSTCODE_FIELD)).hasValue("HELLO");
		assertThat(resident.field(POSTCODE_FIELD)).hasAccessibleDescription(Pattern.compile("Enter a real postcode"));
		resident.followsErrorToField("Enter a real postcode, like E8 1DY", POSTCODE_FIELD);
	}

	@Test
	void thePostcodeSearchWorksWithoutJavaScript(@WithoutJavaScript Visitor resident) {
		resident.open("/");

		entersTheirPostcode(resident, "E8 1DY");

		assertThat(resident.path()).isEqualTo("/near/E81DY");
		resident.sees("Hackney");
	}

	private static void entersTheirPostcode(Visitor resident, String postcode) {
		resident.fillIn(POSTCODE_FIELD, postcode).clickButton("Find what is near");
	}
}
