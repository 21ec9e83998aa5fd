package org.bigsociety.journeys;

import static org.assertj.core.api.Assertions.assertThat;

/** What people do with their accounts, as steps several journeys share. */
final class AccountSteps {

	/** The demo administrator (docs/demo-sign-ins.md). */
	static final Person DEMO_ADMINISTRATOR = new Person("Demo Administrator", "admin@demo.bigsociety.org.uk",
			"demo-password", "E8 1DY");

	private AccountSteps() {
	}

	/** From the home page, through "Sign in" and "Create an account", to "Check your email". */
	static void registers(Visitor visitor, Person person) {
		visitor.open("/");
		visitor.clickLink("Sign in");
		visitor.clickLink("Create an account");
		visitor.seesHeading("Create an account");

		visitor.fillIn("Your name", person.name())
			.fillIn("Email address", person.email())
			.fillIn("Create a password", person.password())
			.fillIn("Postcode", person.postcode())
			.tick("I have read the privacy notice")
			.clickButton("Create account");

		visitor.seesHeading("Check your email");
	}

	/** Opens the confirmation link from the email and lands on the sign-in page, told it worked. */
	static void confirmsTheirEmail(Visitor visitor, String confirmationEmail) {
		visitor.open(Outbox.linkIn(confirmationEmail, "/register/confirm"));

		assertThat(visitor.path()).isEqualTo("/sign-in");
		visitor.seesBanner("Your email address is confirmed. You can now sign in.");
	}

	/** Signs in from the sign-in page (going there through the header link if elsewhere); lands on their account. */
	static void signsIn(Visitor visitor, Person person) {
		if (!visitor.path().equals("/sign-in")) {
			visitor.open("/");
			visitor.clickLink("Sign in");
		}
		visitor.fillIn("Email address", person.email()).fillIn("Password", person.password()).clickButton("Sign in");

		assertThat(visitor.path()).isEqualTo("/account");
		visitor.seesHeading("Your account");
	}

	/** An administrator reads the outbox, narrowed to one address, and answers the newest message's text. */
	static String readsTheOutboxFor(Visitor administrator, String address) {
		administrator.clickLink("Admin");
		administrator.seesHeading("Administration");
		administrator.clickLink("Outbox");
		administrator.seesHeading("Outbox");
		administrator.fillIn("Only show mail to", address).clickButton("Show");

		administrator.sees(address);
		return administrator.page().locator(".bs-mail").first().innerText();
	}

	/** Signs out with the header button and is back on the home page, no longer able to see their account. */
	static void signsOut(Visitor visitor) {
		visitor.clickButton("Sign out");

		visitor.seesHeading("What is happening on your doorstep?");
		visitor.open("/account");
		assertThat(visitor.path()).isEqualTo("/sign-in");
	}
}
