package org.bigsociety.journeys;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigsociety.journeys.AccountSteps.confirmsTheirEmail;
import static org.bigsociety.journeys.AccountSteps.registers;
import static org.bigsociety.journeys.AccountSteps.signsIn;

/**
 * Neighbours form a group: one proposes it (without JavaScript), two neighbours join as founders, the proposer chooses
 * a model constitution, records the founding meeting, and the group is formed; then it ticks off its first next step
 * and lists its first service in the directory.
 * Every page is checked with axe on the way.
 */
@Journey
class GroupFormationJourney {

	@Autowired
	JdbcClient jdbc;

	@Test
	void neighboursProposeAndFormAGroup(@WithoutJavaScript Visitor proposer, Visitor firstNeighbour,
			Visitor secondNeighbour) {
		String name = "Mildmay Planters " + UUID.randomUUID().toString().substring(0, 6);
		Person ada = Person.called("Ada Mensah");
		Person ben = Person.called("Ben Okoro");
		Person cleo = Person.called("Cleo Martin");
		signsUp(proposer, ada);
		signsUp(firstNeighbour, ben);
		signsUp(secondNeighbour, cleo);

		proposer.open("/groups");
		proposer.seesHeading("Local groups");
		proposer.clickLink("Propose a new group");
		proposer.seesHeading("Propose a new group");
		proposer.fillIn("What will the group be called?", name)
			.fillIn("What is it for?", "Plant and look after the tree pits and flower beds on our streets.")
			.fillIn("Where will it be?", "E8 1DY")
			.tick("In the neighbourhood of that postcode")
			.clickButton("Propose the group");
		proposer.seesHeading(name);
		proposer.seesBanner("Your group has been proposed.");
		proposer.sees("1 of the 3 founders it needs");
		String groupPage = proposer.path();

		joinsAsFounder(firstNeighbour, groupPage, name);
		joinsAsFounder(secondNeighbour, groupPage, name);

		proposer.open(groupPage);
		proposer.sees("3 of the 3 founders it needs");
		proposer.clickLink("Manage this group");
		proposer.tick("Community group (unincorporated association)").clickButton("Choose this constitution");
		proposer.seesBanner("The model constitution has been chosen.");
		proposer.click(proposer.page().getByText("Record the founding meeting").first());
		proposer.seesHeading("Record the founding meeting");

		LocalDate held = LocalDate.now(ZoneId.of("Europe/London")).minusDays(2);
		proposer.fillIn("Day", Integer.toString(held.getDayOfMonth()))
			.fillIn("Month", Integer.toString(held.getMonthValue()))
			.fillIn("Year", Integer.toString(held.getYear()));
		Locator founders = proposer.page().locator("input[name=attendees]");
		assertThat(founders.count()).isEqualTo(3);
		for (int i = 0; i < founders.count(); i++) {
			founders.nth(i).check();
		}
		proposer.fillIn("What did the meeting decide?",
				"Adopted the constitution.\nElected the officers.\nAgreed to open a bank account.");
		proposer.page().locator("select#chair").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
		proposer.clickButton("Record the meeting and form the group");
		proposer.seesBanner("The founding meeting has been recorded. The group is formed.");

		proposer.click(proposer.page().getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName(Pattern.compile("^Mark as done\\W+Open a bank account"))));
		proposer.seesBanner("The step is marked as done.");
		proposer.sees("Next steps: 1 of");

		proposer.clickLink("Add a service the group offers");
		proposer.seesHeading("Add a service");
		proposer.fillIn("Name of the service", "Saturday planting morning")
			.fillIn("What is it?", "Bring gloves; we bring plants, tools and tea.")
			.select("Type of service", "— Community Gardens")
			.fillIn("Postcode", "E8 1DY")
			.select("Day of the week", "Saturday")
			.fillIn("Opens at", "10:00")
			.fillIn("Closes at", "9:00")
			.clickButton("Add the service");
		proposer.followsErrorToField("The closing time must be after the opening time", "Closes at");
		proposer.fillIn("Closes at", "12:00").clickButton("Add the service");
		proposer.seesHeading("Saturday planting morning");
		proposer.seesBanner("The service has been added to the directory.");
		proposer.seesInSummary("Opening times", "Saturday, 10:00 to 12:00");

		firstNeighbour.open(groupPage);
		firstNeighbour.seesHeading(name);
		firstNeighbour.sees("Saturday planting morning");
		firstNeighbour.sees("How this group was formed");
		firstNeighbour.sees("Adopted the constitution.");
	}

	private void signsUp(Visitor visitor, Person person) {
		registers(visitor, person);
		confirmsTheirEmail(visitor, new Outbox(jdbc).latestTo(person.email()));
		signsIn(visitor, person);
	}

	private static void joinsAsFounder(Visitor neighbour, String groupPage, String name) {
		neighbour.open(groupPage);
		neighbour.seesHeading(name);
		neighbour.clickButton("Join as a founder");
		neighbour.seesBanner("You have joined as a founder.");
		neighbour.sees("You are one of its founders.");
	}
}
