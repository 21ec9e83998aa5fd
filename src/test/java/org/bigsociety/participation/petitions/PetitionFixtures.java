package org.bigsociety.participation.petitions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.bigsociety.participation.PetitionId;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.Area;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.AreaType;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.bigsociety.place.Postcode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Small builders for petition tests: an open petition of one's own, signing from an address, the mailed link. */
final class PetitionFixtures {

	static final GssCode HACKNEY = new GssCode("E09000012");
	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	private final MockMvc mvc;
	private final JdbcClient jdbc;
	private final PetitionStore store;
	private final PetitionMail mail;
	private final Places places;
	private final Clock clock;

	PetitionFixtures(MockMvc mvc, JdbcClient jdbc, PetitionStore store, PetitionMail mail, Places places, Clock clock) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.store = store;
		this.mail = mail;
		this.places = places;
		this.clock = clock;
	}

	AreaId hackney() {
		return places.byGssCode(HACKNEY).orElseThrow().id();
	}

	/** A petition to Hackney that a moderator has accepted, open for signatures for a month. */
	PetitionId openPetition() {
		return openPetition(hackney());
	}

	/** A petition to this area that a moderator has accepted, open for signatures for a month. */
	PetitionId openPetition(AreaId area) {
		return openPetition(area, "Test petition " + UUID.randomUUID());
	}

	/** An open petition with this title (a word of one's own in it finds it in a list's search). */
	PetitionId openPetition(AreaId area, String title) {
		Instant now = clock.instant();
		PetitionId id = store.create(area, null, title, "Why it matters.", "", Secret.random().value(),
				now.minus(Duration.ofDays(2)));
		jdbc.sql("""
				UPDATE participation.petition SET state = 'OPEN', submitted_at = :at, moderated_at = :at, opened_at = :at,
				    closes_at = :closes WHERE id = :id""")
			.param("at", PetitionStore.timestamp(now.minus(Duration.ofDays(1))))
			.param("closes", PetitionStore.timestamp(now.plus(Duration.ofDays(30))))
			.param("id", id.value())
			.update();
		return id;
	}

	/** A petition to Hackney by this creator, still collecting its supporters (its support link is in the row). */
	PetitionId collectingSupport(PersonId creator, String title, String background) {
		return store.create(hackney(), creator, title, background, "", Secret.random().value(),
				clock.instant().minus(Duration.ofHours(1)));
	}

	/** A petition to Hackney by this creator whose supporters have confirmed: it waits for a moderator. */
	PetitionId awaitingModeration(PersonId creator, String title, String background) {
		PetitionId id = collectingSupport(creator, title, background);
		jdbc.sql("UPDATE participation.petition SET state = 'AWAITING_MODERATION', submitted_at = :at WHERE id = :id")
			.param("at", PetitionStore.timestamp(clock.instant()))
			.param("id", id.value())
			.update();
		return id;
	}

	/** The account of one of the demo sign-ins ({@code resident}, {@code moderator}, ...). */
	PersonId demoPerson(String who) {
		return new PersonId(jdbc.sql("SELECT id FROM people.account WHERE email = :email AND deleted_at IS NULL")
			.param("email", who + "@demo.bigsociety.org.uk")
			.query(Long.class)
			.single());
	}

	/** The ward a postcode lies in. */
	Area wardOf(String postcode) {
		return places.locate(Postcode.parse(postcode)).orElseThrow().chain().stream()
			.filter(area -> area.type() == AreaType.WARD)
			.findFirst()
			.orElseThrow();
	}

	static String uniqueEmail() {
		return "signer-" + UUID.randomUUID().toString().substring(0, 12) + "@example.net";
	}

	/** A different client address per call, so per-address rate limits do not trip across tests. */
	static String newAddress() {
		int n = ADDRESSES.incrementAndGet();
		return "10." + (100 + (n >> 16 & 127)) + "." + (n >> 8 & 255) + "." + (n & 255);
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	MvcResult sign(PetitionId petition, String email, String postcode, String address) throws Exception {
		return mvc.perform(post("/petitions/" + petition.value() + "/sign").with(csrf()).with(from(address))
			.param("name", "Test Signer")
			.param("email", email)
			.param("postcode", postcode)
			.param("declared", "true")).andReturn();
	}

	/** Signs as one of the first supporters, through the petition's support link. */
	MvcResult support(PetitionId petition, String supportToken, String email) throws Exception {
		return mvc.perform(post("/petitions/" + petition.value() + "/sign").with(csrf()).with(from(newAddress()))
			.param("name", "Test Supporter")
			.param("email", email)
			.param("postcode", "E8 1DY")
			.param("declared", "true")
			.param("support", supportToken)).andReturn();
	}

	MvcResult sign(PetitionId petition, String email) throws Exception {
		return sign(petition, email, "E8 1DY", newAddress());
	}

	/** Sends what the queue holds now (the scheduled worker would within a moment). */
	void deliverMail() {
		while (mail.sendBatch() > 0) {
			// next batch
		}
	}

	/**
	 * Waits until nothing is queued for this address: the scheduled worker may hold a batch (locked, so this node's
	 * own drain skips it) until it commits.
	 */
	void deliverMailTo(String email) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (queuedFor(email) > 0) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Mail to " + email + " is still queued");
			}
			if (mail.sendBatch() == 0) {
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new AssertionError(ex);
				}
			}
		}
	}

	private long queuedFor(String email) {
		return jdbc.sql("SELECT count(*) FROM participation.petition_mail WHERE lower(recipient) = lower(:to)")
			.param("to", email)
			.query(Long.class)
			.single();
	}

	/** The newest mail to this address (subject, a blank line, body), once its queue is empty. */
	String latestMailTo(String email) {
		deliverMailTo(email);
		return jdbc.sql("""
				SELECT subject || E'\n\n' || body FROM platform.outbox WHERE lower(recipient) = lower(:to)
				ORDER BY id DESC LIMIT 1""")
			.param("to", email)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new AssertionError("No mail was sent to " + email));
	}

	/** The confirmation link in the newest mail to this address, as a path and query; delivers queued mail first. */
	String confirmationLink(String email) {
		String body = latestMailTo(email);
		int start = body.indexOf("/petitions/confirm?token=");
		if (start < 0) {
			throw new AssertionError("No confirmation link in:\n" + body);
		}
		int end = start;
		while (end < body.length() && !Character.isWhitespace(body.charAt(end))) {
			end++;
		}
		return body.substring(start, end);
	}

	long mailsTo(String email) {
		deliverMailTo(email);
		return jdbc.sql("SELECT count(*) FROM platform.outbox WHERE lower(recipient) = lower(:to)")
			.param("to", email)
			.query(Long.class)
			.single();
	}

	MvcResult confirm(String link) throws Exception {
		return mvc.perform(get(link)).andReturn();
	}

	/** Signs and follows the mailed link: a signature that counts. */
	void signAndConfirm(PetitionId petition, String email, String postcode, String address) throws Exception {
		sign(petition, email, postcode, address);
		confirm(confirmationLink(email));
	}

	/** Signs in as one of the demo sign-ins ({@code moderator}, {@code officer}, ...) and answers the session cookie. */
	jakarta.servlet.http.Cookie demoSession(String who) throws Exception {
		MvcResult result = mvc.perform(post("/sign-in").with(csrf()).with(from(newAddress()))
			.param("email", who + "@demo.bigsociety.org.uk")
			.param("password", "demo-password")).andReturn();
		if (!"/account".equals(result.getResponse().getRedirectedUrl())) {
			throw new AssertionError("Sign-in failed for " + who + ": " + result.getResponse().getRedirectedUrl());
		}
		return result.getResponse().getCookie("SESSION");
	}

	/** The public record's summary for this reference, once the record module has appended it. */
	String awaitRecord(String reference) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline) {
			var summary = jdbc.sql("SELECT summary FROM record.entry WHERE reference = :ref").param("ref", reference)
				.query(String.class).optional();
			if (summary.isPresent()) {
				return summary.get();
			}
			Thread.sleep(50);
		}
		throw new AssertionError("Not on the public record: " + reference);
	}

	long signatureRows(PetitionId petition) {
		return jdbc.sql("SELECT count(*) FROM participation.petition_signature WHERE petition_id = :id")
			.param("id", petition.value())
			.query(Long.class)
			.single();
	}
}
