package org.bigsociety.journeys;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigsociety.journeys.AccountSteps.signsIn;

/**
 * A resident whose address is only self-declared asks for a letter, an officer prints it, the resident types the code
 * from the printed page and can then vote in the demo budget round; and an officer verifies another resident in person.
 */
@Journey
class VerificationJourney {

	static final Person DEMO_OFFICER = new Person("Demo Officer", "officer@demo.bigsociety.org.uk", "demo-password",
			"E8 1DY");

	@Autowired
	JdbcClient jdbc;

	/**
	 * A resident at E8 1DY with a confirmed account and only a self-declared address, signing in with the demo password.
	 * Made straight in the database: registering is another journey's business.
	 */
	private Person unverifiedResident(String name) {
		String email = "verify." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		jdbc.sql("""
				INSERT INTO people.account (email, display_name, password_hash, postcode, area_id, email_confirmed_at,
				    created_at)
				SELECT :email, :name, password_hash, postcode, area_id, now(), now() FROM people.account
				WHERE email = 'resident@demo.bigsociety.org.uk'""")
			.param("email", email)
			.param("name", name)
			.update();
		return new Person(name, email, "demo-password", "E8 1DY");
	}

	private long openLetterOf(Person person) {
		return jdbc.sql("""
				SELECT l.id FROM people.verification_letter l JOIN people.account a ON a.id = l.person_id
				WHERE a.email = :email AND l.used_at IS NULL AND l.voided_at IS NULL""")
			.param("email", person.email())
			.query(Long.class)
			.single();
	}

	@Test
	void aResidentVerifiesByLetterThenCanVote(Visitor resident, @WithoutJavaScript Visitor officer) {
		Person rosa = unverifiedResident("Rosa Letterbox");
		signsIn(resident, rosa);
		resident.clickLink("Verify where you live");
		resident.seesHeading("Verify where you live");
		resident.seesInSummary("How far it is confirmed", "You told us");
		resident.clickButton("Send me a letter");
		resident.followsErrorToField("Enter your address, without the postcode", "Your address, without the postcode");
		resident.fillIn("Your address, without the postcode", "Flat 3\n12 Amhurst Road").clickButton("Send me a letter");
		resident.seesBanner("We will post your letter.");
		resident.sees("It has not been posted yet.");
		long letter = openLetterOf(rosa);

		signsIn(officer, DEMO_OFFICER);
		officer.clickLink("Verification letters to print");
		officer.seesHeading("Verification letters");
		Locator chosen = officer.page().locator("input[name=letter]:checked");
		for (int i = chosen.count() - 1; i >= 0; i--) {
			chosen.nth(i).uncheck();
		}
		officer.tick("Letter " + letter + " to E8 1DY").clickButton("Print the chosen letters");
		officer.seesHeading("Letters to print");
		officer.sees("Print this letter now, one per page.");
		officer.sees("12 Amhurst Road");
		String code = officer.page().locator(".bs-letter__code").first().innerText().trim();
		assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");

		resident.open("/account/verify");
		resident.sees("Your letter was posted on");
		resident.fillIn("Code from your letter", code.startsWith("2") ? "3333-3333-3333" : "2222-2222-2222")
			.clickButton("Confirm my address");
		resident.followsErrorToField("That code is wrong. You have 4 tries left", "Code from your letter");
		resident.fillIn("Code from your letter", code.toLowerCase()).clickButton("Confirm my address");
		resident.seesBanner("Your address is confirmed.");
		resident.seesInSummary("How far it is confirmed", "Confirmed by letter");

		resident.open("/budgets/1/ballot");
		resident.seesHeading("Your ballot");
		resident.sees("Choose the projects you want funded");
	}

	@Test
	void anOfficerVerifiesAnAddressInPerson(@WithoutJavaScript Visitor officer) {
		Person omar = unverifiedResident("Omar Counter");
		signsIn(officer, DEMO_OFFICER);
		officer.clickLink("Verify an address in person");
		officer.seesHeading("Verify an address in person");
		officer.clickButton("Find the account");
		officer.followsErrorToField("Enter the email address of their account", "The email address of their account");
		officer.fillIn("The email address of their account", omar.email()).clickButton("Find the account");
		officer.seesInSummary("Name", "Omar Counter");
		officer.seesInSummary("Postcode", "E8 1DY");
		officer.clickButton("Record the verification");
		officer.followsErrorToField("Choose the kind of document you saw", "Council tax bill");
		officer.tick("Tenancy agreement").fillIn("Note (optional)", "Seen at the Hackney Service Centre")
			.clickButton("Record the verification");
		officer.seesBanner("The verification is recorded.");
	}
}
