package org.bigsociety.journeys;

import com.microsoft.playwright.APIResponse;

import org.bigsociety.place.AreaId;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigsociety.journeys.AccountSteps.DEMO_ADMINISTRATOR;
import static org.bigsociety.journeys.AccountSteps.confirmsTheirEmail;
import static org.bigsociety.journeys.AccountSteps.registers;
import static org.bigsociety.journeys.AccountSteps.signsIn;

/** An administrator finds a resident and makes them a community organiser for Hackney. */
@Journey
class AdministrationJourney {

	private static final GssCode HACKNEY = new GssCode("E09000012");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Places places;

	@Test
	void anAdministratorMakesAResidentAnOrganiserForHackney(Visitor resident, Visitor administrator) {
		Person kofi = Person.called("Kofi Mensah");
		registers(resident, kofi);
		confirmsTheirEmail(resident, new Outbox(jdbc).latestTo(kofi.email()));
		signsIn(resident, kofi);
		long hackney = hackney().value();

		signsIn(administrator, DEMO_ADMINISTRATOR);
		findsThePerson(administrator, kofi);
		grantsARole(administrator, "Community organiser", "Area", HACKNEY.value());

		administrator.seesBanner("The role has been granted.");
		administrator.sees("Community organiser").sees("Area: Hackney");
		theirOwnSessionNowHoldsTheRole(resident, "ORGANISER", hackney);
		theirAccountPageShowsIt(resident);
	}

	private static void findsThePerson(Visitor administrator, Person person) {
		administrator.clickLink("Admin");
		administrator.clickLink("People");
		administrator.seesHeading("People");
		administrator.fillIn("Name or email address contains", person.email()).clickButton("Search");

		administrator.clickLink(person.name());
		administrator.seesHeading(person.name()).seesInSummary("Email address", person.email());
	}

	private static void grantsARole(Visitor administrator, String role, String scope, String area) {
		administrator.select("Role", role)
			.select("Scope", scope)
			.fillIn("Area or organisation", area)
			.clickButton("Grant role");
	}

	private static void theirAccountPageShowsIt(Visitor resident) {
		resident.open("/account");
		resident.seesInSummary("Your roles", "Community organiser, Hackney");
	}

	/** The API, asked in their own signed-in browser, says the same. */
	private static void theirOwnSessionNowHoldsTheRole(Visitor resident, String role, long areaNumber) {
		APIResponse me = resident.page().request().get("/api/v1/me");

		assertThat(me.status()).isEqualTo(200);
		assertThat(me.text()).contains("{\"role\":\"" + role + "\",\"scopeType\":\"AREA\",\"scopeId\":" + areaNumber + "}");
	}

	private AreaId hackney() {
		return places.byGssCode(HACKNEY).orElseThrow().id();
	}
}
