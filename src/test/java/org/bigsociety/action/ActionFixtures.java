package org.bigsociety.action;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.bigsociety.action.events.EventProposal;
import org.bigsociety.action.events.Events;
import org.bigsociety.action.events.Typed;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Small builders for the action module's tests: demo people, and events made through the real service. */
public final class ActionFixtures {

	public static final GssCode HACKNEY = new GssCode("E09000012");

	private final Events events;
	private final People people;
	private final Places places;
	private final JdbcClient jdbc;
	private final Clock clock;

	public ActionFixtures(Events events, People people, Places places, JdbcClient jdbc, Clock clock) {
		this.events = events;
		this.people = people;
		this.places = places;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public static String unique(String text) {
		return text + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A demo sign-in's person, such as {@code organiser} for organiser@demo.bigsociety.org.uk. */
	public PersonId demo(String localPart) {
		return new PersonId(jdbc.sql("SELECT id FROM people.account WHERE email = :email AND deleted_at IS NULL")
			.param("email", localPart + "@demo.bigsociety.org.uk")
			.query(Long.class)
			.single());
	}

	/** Made-up Hackney residents with confirmed addresses (they cannot sign in, but get mail). */
	public List<PersonId> residents(int count) {
		return people.livingIn(places.byGssCode(HACKNEY).orElseThrow().id(), count);
	}

	public String emailOf(PersonId person) {
		return jdbc.sql("SELECT email FROM people.account WHERE id = :id").param("id", person.value())
			.query(String.class).single();
	}

	/** The newest mail's subject and body to this person, or null if none. */
	public String latestMailTo(PersonId person) {
		return jdbc.sql("""
				SELECT subject || E'\\n' || body FROM platform.outbox WHERE lower(recipient) = lower(:to)
				ORDER BY id DESC LIMIT 1""")
			.param("to", emailOf(person))
			.query(String.class)
			.optional()
			.orElse(null);
	}

	public long mailsTo(PersonId person, String containing) {
		return jdbc.sql("""
				SELECT count(*) FROM platform.outbox WHERE lower(recipient) = lower(:to)
				AND (subject LIKE :text OR body LIKE :text)""")
			.param("to", emailOf(person))
			.param("text", "%" + containing + "%")
			.query(Long.class)
			.single();
	}

	public EventBuilder event() {
		return new EventBuilder();
	}

	/** An event proposal with sensible values, starting in three days unless told otherwise. */
	public final class EventBuilder {

		private String title = unique("Street lunch");
		private Duration startsIn = Duration.ofDays(3);
		private int capacity = 20;
		private String postcode = "E8 1DY";
		private String kind = "STREET_LUNCH";
		private String timeBank = "";
		private String minutes = "";
		private String organisation = "";

		public EventBuilder title(String title) {
			this.title = title;
			return this;
		}

		public EventBuilder startsIn(Duration startsIn) {
			this.startsIn = startsIn;
			return this;
		}

		public EventBuilder capacity(int capacity) {
			this.capacity = capacity;
			return this;
		}

		public EventBuilder kind(String kind) {
			this.kind = kind;
			return this;
		}

		public EventBuilder postcode(String postcode) {
			this.postcode = postcode;
			return this;
		}

		public EventBuilder timeBank(long id, int minutesEach) {
			this.timeBank = Long.toString(id);
			this.minutes = Integer.toString(minutesEach);
			return this;
		}

		public EventBuilder organisation(long id) {
			this.organisation = Long.toString(id);
			return this;
		}

		public EventProposal proposal() {
			LocalDateTime start = LocalDateTime.ofInstant(clock.instant().plus(startsIn), Typed.LONDON)
				.withSecond(0).withNano(0);
			// An event is on one date: late at night it ends at 23:59 instead (and starts by 23:58), so its start
			// stays where the test asked, whatever the time of day the test runs.
			LocalDateTime lastMinute = start.toLocalDate().atTime(23, 59);
			if (start.isAfter(lastMinute.minusMinutes(1))) {
				start = lastMinute.minusMinutes(1);
			}
			LocalDateTime end = start.plusHours(2).isAfter(lastMinute) ? lastMinute : start.plusHours(2);
			DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
			return new EventProposal(title, "Bring a dish to share.", kind, start.toLocalDate().toString(),
					time.format(start), time.format(end), postcode, "Outside 12 Mare Street",
					Integer.toString(capacity), "Step-free. Chairs for anyone who needs one.", organisation, timeBank,
					minutes);
		}

		/** Scheduled by the demo organiser (or the given person). */
		public EventId scheduledBy(PersonId organiser) {
			Events.Outcome outcome = events.schedule(organiser, proposal());
			if (!outcome.ok()) {
				throw new AssertionError("Could not schedule the test event: " + outcome.errors());
			}
			return outcome.event();
		}

		/** Scheduled by the demo organiser without asking the time bank module (which may not be installed). */
		public EventId scheduledByWithoutTimeBankCheck() {
			EventProposal typed = proposal();
			java.time.LocalDate day = java.time.LocalDate.parse(typed.date());
			java.time.Instant starts = day.atTime(java.time.LocalTime.parse(typed.startTime())).atZone(Typed.LONDON).toInstant();
			java.time.Instant ends = day.atTime(java.time.LocalTime.parse(typed.endTime())).atZone(Typed.LONDON).toInstant();
			EventProposal.Draft draft = new EventProposal.Draft(typed.title(), typed.description(),
					org.bigsociety.action.events.EventKind.valueOf(kind), starts, ends,
					places.locate(org.bigsociety.place.Postcode.parse(postcode)).orElseThrow(), typed.address(), capacity,
					typed.accessibility(), null, timeBank.isEmpty() ? null : Long.valueOf(timeBank),
					minutes.isEmpty() ? null : Integer.valueOf(minutes));
			return events.scheduleForDemo(null, draft, null, demo("organiser"));
		}

		public EventId scheduled() {
			return scheduledBy(demo("organiser"));
		}
	}
}
