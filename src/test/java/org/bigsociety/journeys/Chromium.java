package org.bigsociety.journeys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * The one headless Chromium a test JVM drives: Debian's {@code /usr/bin/chromium} (or {@code CHROMIUM_PATH}), never a
 * browser Playwright would download. Started on first use, shared by every journey class, closed by JUnit when the
 * run ends (it is kept in the root extension store).
 */
final class Chromium implements AutoCloseable {

	static final Path EXECUTABLE = Paths.get(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

	// We run as root in CI, so no sandbox; the rest stop Chromium phoning home (refused connections slow it down).
	private static final List<String> ARGUMENTS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=en-GB");

	private final Playwright playwright;

	private final Browser browser;

	Chromium() {
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE).setHeadless(true).setArgs(ARGUMENTS));
	}

	static boolean installed() {
		return Files.isExecutable(EXECUTABLE);
	}

	Browser browser() {
		return browser;
	}

	@Override
	public void close() {
		browser.close();
		playwright.close();
	}
}
