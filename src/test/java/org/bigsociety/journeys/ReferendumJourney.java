package org.bigsociety.journeys;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.bigsociety.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.bigsociety.journeys.AccountSteps.signsIn;

/**
 * An officer holds a referendum for Hackney (its roll: residents whose address is verified, as the demo sign-ins' are),
 * opens it and prints a poll card; a resident is told clearly what is missing, then votes yes online; someone without
 * an account votes no with the card; after the closing day the officer counts it and the result (a tie, so it does
 * not pass), with its chart, table and ballot hash, is on the public page. Then the demo poll, without
 * JavaScript.
 */
@Journey
class ReferendumJourney {

	static final Person DEMO_OFFICER = new Person("Demo Officer", "officer@demo.bigsociety.org.uk", "demo-password",
			"E8 1DY");

	static final Person DEMO_RESIDENT = new Person("Demo Resident", "resident@demo.bigsociety.org.uk", "demo-password",
			"E8 1DY");

	@Autowired
	TestClock clock;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void anOfficerHoldsAReferendumAResidentVotesAndTheResultIsPublished(Visitor officer, Visitor resident,
			Visitor cardHolder) {
		String question = "Should the Mare Street bus lane run all day? " + UUID.randomUUID().toString().substring(0, 8);
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
		LocalDate closes = today.plusDays(3);

		signsIn(officer, DEMO_OFFICER);
		officer.open("/referendums");
		officer.seesHeading("Referendums and polls");
		officer.clickLink("Hold a referendum or poll");
		officer.seesHeading("Hold a referendum or poll");
		officer.clickButton("Create");
		officer.followsErrorToField("Enter the question, in 300 characters or fewer", "Question");

		officer.fillIn("Question", question)
			.fillIn("Explanation", "The council proposes to run the bus lane from 7am to 7pm.");
		officer.page().locator("#opensDay").fill(String.valueOf(today.getDayOfMonth()));
		officer.page().locator("#opensMonth").fill(String.valueOf(today.getMonthValue()));
		officer.page().locator("#opensYear").fill(String.valueOf(today.getYear()));
		officer.page().locator("#closesDay").fill(String.valueOf(closes.getDayOfMonth()));
		officer.page().locator("#closesMonth").fill(String.valueOf(closes.getMonthValue()));
		officer.page().locator("#closesYear").fill(String.valueOf(closes.getYear()));
		officer.tick("residents whose address is verified by a letter or by an officer");
		officer.clickButton("Create");
		officer.seesHeading("Run this vote");
		officer.seesInSummary("Status", "Not open yet");
		officer.clickButton("Open the vote now");
		officer.seesInSummary("Status", "Open");
		officer.fillIn("How many cards (residents without an account)", "1").clickButton("Issue the cards");
		officer.seesHeading("Poll cards");
		String code = officer.page().locator(".bs-poll-card__code").first().textContent().trim();
		officer.clickButton("I have printed these cards");
		officer.seesBanner("The codes of the printed cards have been forgotten");
		String manage = officer.path();

		signsIn(resident, DEMO_RESIDENT);
		resident.open("/referendums");
		resident.clickLink(question);
		resident.seesHeading(question);
		resident.clickButton("Vote now");
		resident.seesHeading(question);
		resident.clickButton("Cast my vote");
		resident.followsErrorToField("Choose one answer", "Yes");
		resident.tick("Yes").clickButton("Cast my vote");
		resident.seesHeading(question);
		resident.seesBanner("Your vote has been counted.");
		resident.sees("You have voted.");

		cardHolder.open("/referendums");
		cardHolder.clickLink(question);
		cardHolder.clickLink("Vote with a poll card");
		cardHolder.seesHeading("Vote with a poll card");
		cardHolder.clickButton("Cast my vote");
		cardHolder.followsErrorToField("Enter the 16 letters and numbers of the code on your poll card",
				"Code on your poll card");
		cardHolder.fillIn("Code on your poll card", code.toLowerCase()).tick("No").clickButton("Cast my vote");
		cardHolder.seesHeading(question);
		cardHolder.seesBanner("Your vote has been counted.");

		clock.advance(Duration.ofDays(4));
		officer.open(manage);
		officer.seesInSummary("Voted", "2");
		officer.clickButton("Count the votes");
		officer.seesHeading(question);
		officer.seesInSummary("Status", "Counted");
		officer.sees("The referendum did not pass.");
		officer.seesInSummary("Turnout", "%");
		officer.sees("Hash of the ballot set (SHA-256)");
	}

	@Test
	void aResidentVotesInTheDemoPollWithoutJavaScript(@WithoutJavaScript Visitor resident) {
		signsIn(resident, DEMO_RESIDENT);
		resident.open("/referendums/2");
		resident.seesHeading("What should the council do first to make Hackney's streets greener?");
		resident.clickButton("Vote now");
		resident.tick("Plant more street trees").tick("Add planters and rain gardens").clickButton("Cast my vote");
		resident.seesBanner("Your vote has been counted.");
		resident.sees("You have voted.");
	}
}
