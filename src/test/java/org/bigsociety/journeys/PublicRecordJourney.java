package org.bigsociety.journeys;

import java.util.concurrent.ThreadLocalRandom;

import org.bigsociety.place.AreaId;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.bigsociety.record.PublicFact;
import org.bigsociety.record.RecordEntry;
import org.bigsociety.record.chain.Recording;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Anyone reads the public record, narrows it to one kind of decision, and opens an entry. */
@Journey
class PublicRecordJourney {

	private static final GssCode HACKNEY = new GssCode("E09000012");

	@Autowired
	ApplicationContext application;

	@Autowired
	Places places;

	@Test
	void aVisitorFiltersTheRecordByKindAndOpensAnEntry(Visitor visitor) {
		String run = letters(8);
		Fact streetLunch = new Fact(hackney(), "streetlunch.held." + run, "A street lunch was held on Mare Street (" + run + ").",
				"journey/" + run + "/street-lunch");
		Fact petition = new Fact(hackney(), "petition.responded." + run, "The council responded to a petition (" + run + ").",
				"journey/" + run + "/petition");
		RecordEntry lunchEntry = Recording.append(application, streetLunch);
		Recording.append(application, petition);

		visitor.open("/");
		visitor.clickLinkIn("footer", "Public record");
		visitor.seesHeading("The public record").sees(streetLunch.summary()).sees(petition.summary());

		visitor.fillIn("Kind", streetLunch.kind()).clickButton("Apply filters");
		visitor.sees(streetLunch.summary()).doesNotSee(petition.summary());

		visitor.clickLink(String.valueOf(lunchEntry.seq()));
		visitor.seesHeading("Entry " + lunchEntry.seq())
			.sees(streetLunch.summary())
			.seesInSummary("Kind", streetLunch.kind())
			.seesInSummary("Area", "Hackney");
	}

	@Test
	void aKindThatCannotExistIsExplainedAgainstTheField(Visitor visitor) {
		visitor.open("/record");

		visitor.fillIn("Kind", "Street Lunch!").clickButton("Apply filters");

		visitor.followsErrorToField(
				"Enter a kind as lower-case words joined by dots, for example petition.responded", "Kind");
	}

	private AreaId hackney() {
		return places.byGssCode(HACKNEY).orElseThrow().id();
	}

	private static String letters(int count) {
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < count; i++) {
			letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return letters.toString();
	}

	record Fact(AreaId area, String kind, String summary, String reference) implements PublicFact {
	}
}
