package org.bigsociety.journeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A person at a browser: their own browser context (cookies, session), one tab, and the few things people do on the
 * platform's pages. Every page they land on is checked with axe-core and photographed, so a journey cannot visit a
 * page without it passing the accessibility bar.
 * <p>
 * For anything not covered here, use {@link #page()} directly; a page reached that way is still checked before the
 * visitor's next action here, or when the test ends.
 */
final class Visitor {

	private final String name;

	private final BrowserContext context;

	private final Page page;

	private final boolean javaScript;

	private final Screenshots screenshots;

	private boolean unchecked;

	Visitor(String name, BrowserContext context, boolean javaScript, Screenshots screenshots) {
		this.name = name;
		this.context = context;
		this.javaScript = javaScript;
		this.screenshots = screenshots;
		this.page = context.newPage();
		this.page.onLoad(loaded -> this.unchecked = true);
	}

	/** The raw Playwright page, for what the helpers below don't cover. */
	Page page() {
		return page;
	}

	String name() {
		return name;
	}

	/** Goes straight to an address on the platform (relative to its base URL) and answers with the HTTP response. */
	Response open(String path) {
		checkPendingPage();
		Response response = page.navigate(path);
		settle();
		return response;
	}

	/** Clicks the link with this accessible name (exactly). */
	Visitor clickLink(String name) {
		return click(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)));
	}

	/** Clicks the link with this accessible name inside the part of the page a CSS selector finds ("footer"). */
	Visitor clickLinkIn(String part, String name) {
		return click(page.locator(part)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true)));
	}

	/** Clicks the button with this accessible name (exactly), usually submitting a form. */
	Visitor clickButton(String name) {
		return click(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)));
	}

	/** Clicks anything, then waits for whatever page it leads to and checks it. */
	Visitor click(Locator target) {
		checkPendingPage();
		target.click();
		settle();
		return this;
	}

	/** Types into the field with this label (exactly), replacing what was there. */
	Visitor fillIn(String label, String value) {
		checkPendingPage();
		field(label).fill(value);
		return this;
	}

	/** Ticks the checkbox, or chooses the radio button, with this label. */
	Visitor tick(String label) {
		checkPendingPage();
		field(label).check();
		return this;
	}

	/** Chooses the option with this text in the drop-down list with this label. */
	Visitor select(String label, String option) {
		checkPendingPage();
		field(label).selectOption(new SelectOption().setLabel(option));
		return this;
	}

	Locator field(String label) {
		return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
	}

	/** The page's one main heading says this. */
	Visitor seesHeading(String text) {
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(text);
		return this;
	}

	/** This text is visible somewhere on the page. */
	Visitor sees(String text) {
		assertThat(page.getByText(text).first()).isVisible();
		return this;
	}

	/** The GOV.UK summary list on the page has a row with this key whose value contains this text. */
	Visitor seesInSummary(String key, String value) {
		assertThat(summaryValue(key)).containsText(value);
		return this;
	}

	Locator summaryValue(String key) {
		return page.locator(".govuk-summary-list__row:has(> dt:text-is('" + key + "')) > dd.govuk-summary-list__value");
	}

	/** A GOV.UK notification banner on the page says this. */
	Visitor seesBanner(String text) {
		assertThat(page.locator(".govuk-notification-banner")).containsText(text);
		return this;
	}

	/**
	 * The GOV.UK error summary lists this message, and its link takes the visitor to the field with this label (the
	 * link is followed, and the field must then have the focus).
	 */
	Visitor followsErrorToField(String message, String fieldLabel) {
		Locator summary = page.locator(".govuk-error-summary");
		assertThat(summary).containsText("There is a problem");
		click(summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(message)));
		assertThat(field(fieldLabel)).isFocused();
		return this;
	}

	/** This text is nowhere on the page. */
	Visitor doesNotSee(String text) {
		assertThat(page.getByText(text)).hasCount(0);
		return this;
	}

	/** The path of the page the visitor is on, without the host or query. */
	String path() {
		String path = java.net.URI.create(page.url()).getPath();
		return path == null ? "" : path; // about:blank, before the first page
	}

	/** Waits for the page to load and, if it is a new page, checks and photographs it. */
	Visitor settle() {
		page.waitForLoadState(LoadState.LOAD);
		checkPendingPage();
		return this;
	}

	/** Checks a page that loaded since the last check; the harness calls this when the test ends. */
	void checkPendingPage() {
		if (!unchecked) {
			return;
		}
		unchecked = false;
		screenshots.take(page, name);
		if (javaScript) {
			Accessibility.assertAccessible(page);
		}
		else {
			Accessibility.assertAccessibleWithoutJavaScript(page);
		}
	}

	/** On failure: what the visitor was looking at. */
	void photographFailure(Path file) {
		screenshots.save(page, file);
	}

	void leave() {
		context.close();
	}

	/** Full-page screenshots under target/journey-screenshots, numbered in the order the pages were visited. */
	static final class Screenshots {

		static final Path ROOT = Path.of("target", "journey-screenshots");

		private final Path folder;

		private int taken;

		Screenshots(String test) {
			this.folder = ROOT.resolve(test);
			forgetEarlierRun(test);
		}

		/** Leaves only this run's pictures, so a stale failure from an earlier run can't mislead. */
		private void forgetEarlierRun(String test) {
			try {
				if (Files.isDirectory(folder)) {
					try (var files = Files.list(folder)) {
						for (Path file : (Iterable<Path>) files::iterator) {
							Files.delete(file);
						}
					}
				}
				try (var failures = Files.newDirectoryStream(ROOT, "{" + test + ".png," + test + "-*.png}")) {
					for (Path failure : failures) {
						Files.delete(failure);
					}
				}
			}
			catch (java.nio.file.NoSuchFileException ex) {
				// nothing from an earlier run
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		void take(Page page, String visitor) {
			String path = String.valueOf(java.net.URI.create(page.url()).getPath());
			String slug = path.equals("/") ? "home" : path.substring(1).replaceAll("[^A-Za-z0-9]+", "-");
			save(page, folder.resolve(String.format("%02d-%s-%s.png", ++taken, visitor, slug)));
		}

		void save(Page page, Path file) {
			try {
				Files.createDirectories(file.getParent());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
		}
	}
}
