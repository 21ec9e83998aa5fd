package org.bigsociety.journeys;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A resident signs the demo's live petition (Hackney, near its response threshold), corrects a mistake, gets the
 * confirmation email and follows its link; the signature then counts. With and without JavaScript.
 */
@Journey
class PetitionSigningJourney {

	static final String LIVE_PETITION = "Put more bins along the Regent’s Canal towpath";

	@Autowired
	JdbcClient jdbc;

	@Test
	void aResidentSignsAPetitionAndConfirmsFromTheEmail(Visitor resident) {
		signsAndConfirms(resident, Person.called("Kemi Adeyemi"));
	}

	@Test
	void signingWorksWithoutJavaScript(@WithoutJavaScript Visitor resident) {
		signsAndConfirms(resident, Person.called("Tomasz Nowak"));
	}

	private void signsAndConfirms(Visitor resident, Person person) {
		resident.open("/petitions");
		resident.seesHeading("Petitions");
		resident.clickLink(LIVE_PETITION);
		resident.seesHeading(LIVE_PETITION).sees("Where the signers live");
		resident.clickButton("Sign this petition"); // a GOV.UK start button: a link in the role of a button
		resident.seesHeading("Sign this petition");

		resident.fillIn("Your full name", person.name())
			.fillIn("Email address", person.email())
			.fillIn("Postcode", "E8 1DYX")
			.clickButton("Sign this petition");
		resident.followsErrorToField("Enter a real postcode, like E8 1DY", "Postcode");
		resident.sees("Confirm that you live, work or study in the area");

		resident.fillIn("Postcode", "e8 1dy").tick("I live, work or study in Hackney").clickButton("Sign this petition");
		resident.seesHeading("Check your email").sees("Your signature only counts once you have confirmed it.");

		String email = new Outbox(jdbc).awaitLatestTo(person.email());
		resident.open(Outbox.linkIn(email, "/petitions/confirm"));
		resident.seesHeading("Your signature has been added").sees(LIVE_PETITION);
		resident.clickLink("See the petition");
		resident.seesHeading(LIVE_PETITION);
	}
}
