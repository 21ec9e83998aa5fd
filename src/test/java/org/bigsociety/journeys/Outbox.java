package org.bigsociety.journeys;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The mail the platform sent, read from where the embedded default keeps it (platform.outbox). Journeys that are not
 * about the outbox use this; the registration journey reads it in the browser as an administrator.
 */
final class Outbox {

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The body of the newest message to this address. */
	String latestTo(String address) {
		return jdbc.sql("SELECT body FROM platform.outbox WHERE lower(recipient) = lower(:to) ORDER BY id DESC LIMIT 1")
			.param("to", address)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new AssertionError("No mail was sent to " + address));
	}

	/**
	 * The body of the newest message to this address, waiting up to twenty seconds for one: mail that a module queues
	 * (petitions' confirmations) reaches the outbox a moment after the page that queued it.
	 */
	String awaitLatestTo(String address) {
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
		while (true) {
			var body = jdbc.sql("SELECT body FROM platform.outbox WHERE lower(recipient) = lower(:to) ORDER BY id DESC LIMIT 1")
				.param("to", address)
				.query(String.class)
				.optional();
			if (body.isPresent()) {
				return body.get();
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("No mail was sent to " + address);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	/**
	 * The first link in a message whose path starts like this, as a path and query on whatever server the test runs
	 * (mail is written with the configured public base URL, not the test's random port).
	 */
	static String linkIn(String body, String pathStart) {
		Matcher links = LINK.matcher(body);
		while (links.find()) {
			URI link = URI.create(links.group());
			if (link.getRawPath().startsWith(pathStart)) {
				return link.getRawPath() + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery());
			}
		}
		throw new AssertionError("No link to " + pathStart + " in:\n" + body);
	}
}
