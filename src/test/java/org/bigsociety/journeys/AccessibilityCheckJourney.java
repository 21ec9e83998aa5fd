package org.bigsociety.journeys;

import com.microsoft.playwright.Route;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The harness itself: a page with an unlabelled field fails the check, with or without JavaScript. */
@Journey
class AccessibilityCheckJourney {

	private static final String UNLABELLED_FIELD = """
			<!DOCTYPE html><html lang="en"><head><title>Broken</title></head>
			<body><main><h1>Broken</h1><input id="nameless" type="text"></main></body></html>""";

	@Test
	void aPageThatFailsAxeFailsTheJourney(Visitor visitor) {
		servesABrokenPage(visitor);

		assertThatThrownBy(() -> visitor.open("/broken-on-purpose"))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("label (critical)")
			.hasMessageContaining("#nameless");
	}

	@Test
	void aPageThatFailsAxeFailsTheJourneyWithoutJavaScriptToo(@WithoutJavaScript Visitor visitor) {
		servesABrokenPage(visitor);

		assertThatThrownBy(() -> visitor.open("/broken-on-purpose"))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("label (critical)")
			.hasMessageContaining("#nameless");
	}

	private static void servesABrokenPage(Visitor visitor) {
		visitor.page().route("**/broken-on-purpose", route -> route.fulfill(
				new Route.FulfillOptions().setStatus(200).setContentType("text/html").setBody(UNLABELLED_FIELD)));
	}
}
