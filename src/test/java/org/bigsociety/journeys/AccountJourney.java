package org.bigsociety.journeys;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigsociety.journeys.AccountSteps.DEMO_ADMINISTRATOR;
import static org.bigsociety.journeys.AccountSteps.confirmsTheirEmail;
import static org.bigsociety.journeys.AccountSteps.readsTheOutboxFor;
import static org.bigsociety.journeys.AccountSteps.registers;
import static org.bigsociety.journeys.AccountSteps.signsIn;
import static org.bigsociety.journeys.AccountSteps.signsOut;

/**
 * A resident's whole life with an account: register, confirm the email (the administrator reads it in the outbox, as
 * on the embedded default), sign in, fill in the profile, let a program use the API with a personal access token,
 * take the token back, sign out.
 */
@Journey
class AccountJourney {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aResidentRegistersConfirmsTheirEmailSignsInAndUsesTheApi(Visitor resident, Visitor administrator) {
		Person amara = Person.called("Amara Okafor");

		registers(resident, amara);
		signsIn(administrator, DEMO_ADMINISTRATOR);
		String confirmationEmail = readsTheOutboxFor(administrator, amara.email());
		confirmsTheirEmail(resident, confirmationEmail);
		signsIn(resident, amara);
		seesTheirAccount(resident, amara);

		editsTheirProfile(resident, "gardening, first aid", "I run the Saturday litter pick on Mare Street.");

		String token = createsAnAccessToken(resident, "My spreadsheet");
		aProgramUsingTheTokenIsRecognisedAs(token, amara);
		revokesTheToken(resident, "My spreadsheet");
		aProgramUsingTheTokenIsRefused(token);

		signsOut(resident);
	}

	@Test
	void registeringAgainWithTheSameEmailChangesNothingAndTellsTheOwner(Visitor resident, Visitor someoneElse) {
		Person amara = Person.called("Amara Okafor");
		registers(resident, amara);
		confirmsTheirEmail(resident, outbox().latestTo(amara.email()));

		registers(someoneElse, new Person("Not Amara", amara.email(), "another password entirely", "E8 1DY"));

		assertThat(outbox().latestTo(amara.email())).contains("You already have an account, so nothing has changed.");
		signsIn(resident, amara);
		seesTheirAccount(resident, amara);
	}

	@Test
	void everyStepWorksWithoutJavaScript(@WithoutJavaScript Visitor resident) {
		Person amara = Person.called("Amara Okafor");

		registers(resident, amara);
		confirmsTheirEmail(resident, outbox().latestTo(amara.email()));
		signsIn(resident, amara);
		editsTheirProfile(resident, "cooking", "I cook for the community fridge.");
		String token = createsAnAccessToken(resident, "No-script token");
		revokesTheToken(resident, "No-script token");
		aProgramUsingTheTokenIsRefused(token);
		signsOut(resident);
	}

	@Test
	void aWrongPasswordGetsOneClearErrorThatDoesNotSayWhichPartWasWrong(Visitor visitor) {
		visitor.open("/sign-in");
		visitor.fillIn("Email address", Person.called("Nobody").email())
			.fillIn("Password", "not the password")
			.clickButton("Sign in");

		assertThat(visitor.path()).isEqualTo("/sign-in");
		visitor.followsErrorToField("Enter a correct email address and password", "Email address");
	}

	@Test
	void anIncompleteRegistrationListsEachProblemAgainstItsField(Visitor visitor) {
		visitor.open("/register");
		visitor.fillIn("Postcode", "HELLO").clickButton("Create account");

		visitor.seesHeading("Create an account");
		visitor.followsErrorToField("Enter your name", "Your name")
			.followsErrorToField("Enter a real postcode, like E8 1DY", "Postcode")
			.followsErrorToField("Confirm you have read the privacy notice", "I have read the privacy notice");
	}

	private Outbox outbox() {
		return new Outbox(jdbc);
	}

	private static void seesTheirAccount(Visitor resident, Person person) {
		resident.seesInSummary("Name", person.name())
			.seesInSummary("Email address", person.email())
			.seesInSummary("Neighbourhood", "Hackney Central");
	}

	private static void editsTheirProfile(Visitor resident, String skills, String bio) {
		resident.clickLink("Edit your profile");
		resident.seesHeading("Edit your profile");
		resident.fillIn("Skills", skills).fillIn("About you", bio).clickButton("Save profile");

		assertThat(resident.path()).isEqualTo("/account");
		resident.seesBanner("Your profile has been saved.").seesInSummary("Skills", skills).seesInSummary("About you", bio);
	}

	private static String createsAnAccessToken(Visitor resident, String name) {
		resident.clickLink("Personal access tokens for the API");
		resident.seesHeading("Personal access tokens");
		resident.fillIn("Name of the new token", name).clickButton("Create token");

		resident.seesBanner("Copy it now.");
		String token = resident.page().locator("#new-token").innerText().trim();
		assertThat(token).isNotBlank();
		return token;
	}

	private void aProgramUsingTheTokenIsRecognisedAs(String token, Person person) {
		HttpResponse<String> me = new Api(port).get("/api/v1/me", token);

		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("\"displayName\":\"" + person.name() + "\"");
	}

	private static void revokesTheToken(Visitor resident, String name) {
		resident.clickButton("Revoke " + name);

		resident.seesBanner("The token has been revoked.");
	}

	private void aProgramUsingTheTokenIsRefused(String token) {
		HttpResponse<String> me = new Api(port).get("/api/v1/me", token);

		assertThat(me.statusCode()).isEqualTo(401);
		assertThat(me.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
	}
}
