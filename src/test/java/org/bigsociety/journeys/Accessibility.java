package org.bigsociety.journeys;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;

/** The accessibility bar every page a journey visits must clear: axe-core against WCAG 2.2 level AA. */
final class Accessibility {

	static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21aa", "wcag22aa");

	private Accessibility() {
	}

	/** Runs axe-core on the page as it is now and fails with every violation, each with where it is. */
	static void assertAccessible(Page page) {
		AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
		if (results.getError() != null || results.getErrorMessage() != null) {
			throw new AssertionError("axe-core could not check " + page.url() + ": " + results.getErrorMessage());
		}
		List<Rule> violations = results.getViolations();
		if (!violations.isEmpty()) {
			throw new AssertionError(violations.size() + " accessibility violation(s) on " + page.url() + ":\n"
					+ violations.stream().map(Accessibility::describe).collect(Collectors.joining("\n")));
		}
	}

	/**
	 * axe-core is JavaScript, so it cannot run in a page whose JavaScript is off. Instead the page exactly as the
	 * visitor got it is shown again, at the same address, in a separate context where it may be inspected but the
	 * page's own scripts are blocked, and checked there.
	 */
	static void assertAccessibleWithoutJavaScript(Page page) {
		String url = page.url();
		String html = page.content();
		try (BrowserContext inspector = page.context().browser().newContext()) {
			inspector.route("**/*", route -> {
				if (route.request().url().equals(url) && "document".equals(route.request().resourceType())) {
					route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("text/html; charset=utf-8").setBody(html));
				}
				else if ("script".equals(route.request().resourceType())) {
					route.abort();
				}
				else {
					route.resume();
				}
			});
			Page copy = inspector.newPage();
			copy.navigate(url);
			assertAccessible(copy);
		}
	}

	private static String describe(Rule rule) {
		String where = rule.getNodes()
			.stream()
			.map(node -> "      at " + node.getTarget() + (node.getFailureSummary() == null ? ""
					: "\n         " + node.getFailureSummary().replace("\n", "\n         ")))
			.collect(Collectors.joining("\n"));
		return "  - " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " <" + rule.getHelpUrl()
				+ ">\n" + where;
	}
}
