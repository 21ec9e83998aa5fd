package org.bigsociety.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages every public service has: the footer's statements, a helpful page for a wrong address, and a way past the
 * header for keyboard users.
 */
@Journey
class SitePagesJourney {

	@Test
	void aVisitorReadsEveryPageInTheFooter(Visitor visitor) {
		visitor.open("/");
		readsFooterPage(visitor, "Accessibility statement", "Accessibility statement", "/accessibility");
		readsFooterPage(visitor, "Privacy notice", "Privacy notice", "/privacy");
		readsFooterPage(visitor, "Cookies", "Cookies", "/cookies");
		readsFooterPage(visitor, "Open data", "Open data", "/open-data");
	}

	@Test
	void aMistypedAddressShowsPageNotFoundWithAWayHome(Visitor visitor) {
		Response response = visitor.open("/no-such-page");

		assertThat(response.status()).isEqualTo(404);
		visitor.seesHeading("Page not found");

		visitor.clickLink("Go to the home page");
		assertThat(visitor.path()).isEqualTo("/");
		visitor.seesHeading("What is happening on your doorstep?");
	}

	@Test
	void aKeyboardUserSkipsStraightToTheMainContent(Visitor visitor) {
		visitor.open("/");

		visitor.page().keyboard().press("Tab");
		Locator skipLink = visitor.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skip to main content"));
		assertThat(skipLink).isFocused();
		assertThat(skipLink).isVisible();

		visitor.page().keyboard().press("Enter");
		assertThat(visitor.page().locator("main")).isFocused();
	}

	private static void readsFooterPage(Visitor visitor, String link, String heading, String path) {
		visitor.clickLinkIn("footer", link);
		assertThat(visitor.path()).isEqualTo(path);
		visitor.seesHeading(heading);
	}
}
