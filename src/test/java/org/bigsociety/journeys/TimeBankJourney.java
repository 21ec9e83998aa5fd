package org.bigsociety.journeys;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigsociety.journeys.AccountSteps.confirmsTheirEmail;
import static org.bigsociety.journeys.AccountSteps.registers;
import static org.bigsociety.journeys.AccountSteps.signsIn;

/**
 * The time bank's stories: two neighbours exchange an hour of help and both balances change; a broker enrols a
 * neighbour without the internet and records help between them and another member; a member spends hours on a partner's reward and the partner confirms it.
 */
@Journey
class TimeBankJourney {

	static final String BANK = "/timebanks/hackney-time-bank";
	static final Person BROKER = new Person("Demo Broker", "broker@demo.bigsociety.org.uk", "demo-password", "E8 1DY");
	static final Person RESIDENT = new Person("Demo Resident", "resident@demo.bigsociety.org.uk", "demo-password",
			"E8 1DY");
	static final Person ORGANISER = new Person("Demo Organiser", "organiser@demo.bigsociety.org.uk", "demo-password",
			"E8 1DY");

	@Autowired
	JdbcClient jdbc;

	@Test
	void oneMemberAsksAnotherHelpsBothConfirmAndTheHoursMove(Visitor asker, Visitor helper, Visitor broker) {
		Person nia = Person.called("Nia Brambles");
		Person omar = Person.called("Omar Shears");
		joinsTheTimeBank(asker, nia);
		joinsTheTimeBank(helper, omar);
		signsIn(broker, BROKER);
		approves(broker, nia);
		approves(broker, omar);

		String title = "Clearing brambles " + UUID.randomUUID().toString().substring(0, 6);
		asker.open(BANK);
		asker.clickLink("Offer help or ask for help");
		asker.seesHeading("Offer help or ask for help");
		asker.tick("Ask for help").select("Kind of help", "Gardening").fillIn("Title", title).clickButton("Post it");
		asker.seesBanner("Posted").seesHeading(title);

		helper.open(BANK + "/listings?q=" + title.replace(' ', '+'));
		helper.clickLink(title);
		helper.clickLink("I can help");
		helper.seesHeading("Offer to help");
		helper.fillIn("Message (optional)", "Saturday morning?").clickButton("Send");
		helper.seesBanner("Sent.").seesHeading("Exchange");

		asker.open(BANK);
		asker.clickLink("Your exchanges");
		asker.clickLink(title + ": Saturday morning?");
		asker.clickButton("Accept");
		asker.seesBanner("Accepted.");

		helper.open(asker.path());
		helper.fillIn("Hours", "2").fillIn("Minutes", "").clickButton("It happened");
		helper.seesBanner("We have asked the other side to confirm the hours.");

		asker.open(asker.path());
		asker.clickButton("Confirm 2 h");
		asker.seesBanner("The hours have moved.").sees("Complete");
		asker.fillIn("What was it like?", "Omar cleared the lot in two hours.").clickButton("Leave the reference");
		asker.seesBanner("Your reference is saved.");

		asker.open(BANK);
		asker.sees("Your balance: -2 h");
		helper.open(BANK);
		helper.sees("Your balance: 2 h");
		helper.clickLink("Your hours and statement");
		helper.seesHeading("Statement").sees(title);
	}

	@Test
	void aBrokerRecordsHelpBetweenTwoMembersWithoutTheInternet(@WithoutJavaScript Visitor broker) {
		signsIn(broker, BROKER);
		String helperName = "Rosa Papers " + UUID.randomUUID().toString().substring(0, 6);
		broker.open(BANK + "/members");
		broker.clickLink("Enrol someone without the internet");
		broker.seesHeading("Enrol someone without the internet");
		broker.clickButton("Enrol them");
		broker.followsErrorToField("Enter their name", "Their full name");
		broker.followsErrorToField("Confirm that they agreed to join and to brokers acting for them",
				"They agreed to join this time bank and to brokers acting for them");
		broker.fillIn("Their full name", helperName)
			.fillIn("Their postcode", "E5 0LL")
			.fillIn("Their phone number (optional)", "020 7946 0000")
			.fillIn("Paper form reference (optional)", "PF-7")
			.tick("They agreed to join this time bank and to brokers acting for them")
			.clickButton("Enrol them");
		broker.seesBanner("They are now a member.").seesHeading(helperName)
			.seesInSummary("Enrolled in person", "by Demo Broker (paper form PF-7)")
			.seesInSummary("Status", "Member");

		// The time bank's own limits: a wrong value is explained, the same limits saved again change nothing.
		broker.open(BANK);
		broker.clickLink("Limits on members' hours");
		broker.seesHeading("Limits on members' hours");
		String most = broker.page().locator("#up").inputValue();
		broker.fillIn("The most hours a member may hold", "lots").clickButton("Save the limits");
		broker.followsErrorToField("Enter a whole number of hours, such as 10", "The most hours a member may hold");
		broker.fillIn("The most hours a member may hold", most).clickButton("Save the limits");
		broker.seesBanner("The limits are saved.");

		broker.open(BANK);
		broker.clickLink("Record an exchange for a member");
		broker.seesHeading("Record an exchange for members");
		String helpedName = broker.page().locator("#provider option").nth(1).textContent().strip();
		if (helpedName.equals(helperName)) {
			helpedName = broker.page().locator("#provider option").nth(2).textContent().strip();
		}

		broker.clickButton("Record it");
		broker.followsErrorToField("Choose who helped", "Who helped (earns the hours)");

		LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1);
		broker.select("Who helped (earns the hours)", helperName)
			.select("Who was helped (spends the hours)", helpedName)
			.select("Kind of help", "Shopping and errands")
			.fillIn("What was the help?", "Weekly shop from the paper time sheet")
			.fillIn("Hours", "1")
			.fillIn("Minutes", "30")
			.fillIn("Day", Integer.toString(yesterday.getDayOfMonth()))
			.fillIn("Month", Integer.toString(yesterday.getMonthValue()))
			.fillIn("Year", Integer.toString(yesterday.getYear()))
			.clickButton("Record it");

		broker.seesBanner("Recorded. The hours have moved.").sees("Complete")
			.seesInSummary("Who helps", helperName)
			.seesInSummary("Who is helped", helpedName)
			.seesInSummary("Recorded", "By a broker")
			.sees("(broker)");
		String exchange = broker.path();

		broker.open(BANK + "/members");
		broker.clickLink(helperName);
		broker.clickLink("Their statement");
		broker.seesHeading("Statement").sees("Weekly shop from the paper time sheet").sees(", recorded by Demo Broker");
		broker.open(BANK + "/members");
		broker.clickLink(helperName);
		broker.clickLink("Print a paper time sheet");
		broker.seesHeading("Time sheet for " + helperName).sees("Weekly shop from the paper time sheet");
		assertThat(exchange).startsWith(BANK + "/exchanges/");

		// The same hours were on last week's sheet too: the broker corrects the mistake from the statement.
		broker.open(BANK + "/members");
		broker.clickLink(helperName);
		broker.clickLink("Their statement");
		broker.open(broker.page().locator("tr:has-text('Weekly shop from the paper time sheet')")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Correct a mistake")).getAttribute("href"));
		broker.seesHeading("Correct a mistake").sees("Weekly shop from the paper time sheet");
		broker.clickButton("Reverse it");
		broker.followsErrorToField("Say why this is a mistake", "Why is it a mistake?");
		broker.fillIn("Why is it a mistake?", "Already on last week's sheet").clickButton("Reverse it");
		broker.seesBanner("Corrected. The hours have gone back.").sees("Already on last week's sheet");

		broker.open(BANK);
		broker.clickLink("Import paper time sheets");
		broker.seesHeading("Import paper time sheets");
		broker.page().getByLabel("CSV file").setInputFiles(new com.microsoft.playwright.options.FilePayload(
				"sheet.csv", "text/csv",
				"date,helper,helped,category,hours,description\n01/03/2026,1,2,nothing,1,Shopping\n"
					.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		broker.clickButton("Import");
		broker.sees("Nothing was imported").sees("Line 2: There is no kind of help with the code nothing");

		broker.open(BANK + "/dashboard");
		broker.seesHeading("How the time bank is doing").sees("Hours exchanged each month");
	}

	@Test
	void aMemberSpendsHoursOnAPartnersRewardAndThePartnerConfirmsIt(Visitor resident, Visitor partner) {
		signsIn(resident, RESIDENT);
		resident.open(BANK);
		resident.clickLink("Rewards from local partners");
		resident.seesHeading("Rewards from local partners");
		long before = minutes(resident.page().locator("main .govuk-body-l").first().textContent());
		resident.clickButton("Use my hours for One swim");
		resident.seesBanner("Asked.").sees("Waiting for the partner");

		signsIn(partner, ORGANISER);
		partner.open(BANK + "/rewards");
		partner.sees("Rewards waiting for you to hand over");
		partner.clickButton("Confirm One swim handed over to Demo Resident");
		partner.seesBanner("Confirmed. The hours have moved to the partner.");

		resident.open(BANK + "/rewards");
		resident.sees("Collected");
		long after = minutes(resident.page().locator("main .govuk-body-l").first().textContent());
		assertThat(before - after).isEqualTo(60);
	}

	private void joinsTheTimeBank(Visitor visitor, Person person) {
		registers(visitor, person);
		confirmsTheirEmail(visitor, new Outbox(jdbc).latestTo(person.email()));
		signsIn(visitor, person);
		visitor.open(BANK);
		visitor.seesHeading("Hackney Time Bank");
		visitor.clickLink("Ask to join");
		visitor.tick("Me").clickButton("Ask to join");
		visitor.seesBanner("Your request has been sent to a broker");
	}

	private static void approves(Visitor broker, Person person) {
		broker.open(BANK + "/members");
		broker.clickLink("Look and decide " + person.name());
		broker.seesHeading(person.name());
		broker.clickButton("Approve");
		broker.seesBanner("Approved.");
	}

	private static final Pattern BALANCE = Pattern.compile("(-?)(?:(\\d+) h)?\\s*(?:(\\d+) min)?\\s*$");

	/** "Your balance: -1 h 30 min" as minutes. */
	static long minutes(String text) {
		Matcher m = BALANCE.matcher(text.strip());
		if (!m.find()) {
			throw new AssertionError("No balance in " + text);
		}
		long value = (m.group(2) == null ? 0 : Long.parseLong(m.group(2)) * 60)
				+ (m.group(3) == null ? 0 : Long.parseLong(m.group(3)));
		return m.group(1).isEmpty() ? value : -value;
	}
}
