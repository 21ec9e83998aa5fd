package org.bigsociety.journeys;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bigsociety.TestClock;
import org.bigsociety.action.ActionFixtures;
import org.bigsociety.action.EventId;
import org.bigsociety.action.events.Events;
import org.bigsociety.action.events.Reminders;
import org.bigsociety.action.events.SignUp;
import org.bigsociety.action.events.SignUps;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.Places;
import org.bigsociety.timebank.GroupActivityAttended;
import org.bigsociety.timebank.TimeBankId;
import org.bigsociety.timebank.TimeBanks;
import org.bigsociety.timebank.membership.Member;
import org.bigsociety.timebank.membership.Memberships;
import org.bigsociety.timebank.membership.TimeBank;
import org.bigsociety.timebank.membership.TimeBankDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events as people meet them: a resident signs up and gets the reminder mail the day before; an organiser records
 * who came, and the attendees are credited through the time bank by the GroupActivityAttended event.
 */
@Journey
class EventsJourney {

	static final Person DEMO_RESIDENT = new Person("Demo Resident", "resident@demo.bigsociety.org.uk", "demo-password",
			"E8 1DY");

	static final Person DEMO_ORGANISER = new Person("Demo Organiser", "organiser@demo.bigsociety.org.uk",
			"demo-password", "E8 1DY");

	@Autowired
	Events events;

	@Autowired
	SignUps signUps;

	@Autowired
	Reminders reminders;

	@Autowired
	People people;

	@Autowired
	Places places;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	ConfigurableApplicationContext application;

	@Autowired
	ObjectProvider<TimeBanks> timeBanks;

	/** The reminder journey moves the clock a day on; the next test starts from the real time again. */
	@AfterEach
	void realTimeAgain() {
		clock.reset();
	}

	ActionFixtures fixtures() {
		return new ActionFixtures(events, people, places, jdbc, clock);
	}

	@Test
	void aResidentSignsUpToAnEventAndGetsTheReminderMailTheDayBefore(Visitor resident) {
		String title = ActionFixtures.unique("Street lunch on Mare Street");
		EventId event = fixtures().event().title(title).startsIn(Duration.ofHours(30)).capacity(12).scheduled();

		AccountSteps.signsIn(resident, DEMO_RESIDENT);
		resident.open("/events");
		resident.seesHeading("Events and social action");
		resident.open("/events/" + event.value());
		resident.seesHeading(title);
		resident.clickButton("Sign up");
		resident.seesBanner("You have a place. We will email you a reminder the day before.");
		resident.open("/events/mine");
		resident.sees(title);

		reminders.sendDue();
		assertThat(reminderTo(DEMO_RESIDENT, title)).as("no reminder yet: the event is more than a day away").isNull();
		clock.advance(Duration.ofHours(8));
		reminders.sendDue();

		String reminder = reminderTo(DEMO_RESIDENT, title);
		assertThat(reminder).contains("This is a reminder that you have a place at " + title)
			.contains("/events/" + event.value());
		resident.open(Outbox.linkIn(reminder, "/events/"));
		resident.seesHeading(title);
		resident.sees("Cancel my place");
	}

	@Autowired
	TimeBankDirectory timeBankDirectory;

	@Autowired
	Memberships memberships;

	@Test
	void anOrganiserRecordsWhoCameAndTheAttendeesAreCreditedThroughTheTimeBank(Visitor organiser, Visitor broker) {
		String title = ActionFixtures.unique("Litter pick in London Fields");
		EventId event = fixtures().event().title(title).startsIn(Duration.ofHours(2)).capacity(5).timeBank(1, 120)
			.scheduledByWithoutTimeBankCheck();
		List<PersonId> neighbours = fixtures().residents(3);
		// The neighbours are members of the Hackney Time Bank, enrolled by its broker, so the hours have somewhere to go.
		TimeBank hackney = timeBankDirectory.bank(new TimeBankId(1)).orElseThrow();
		PersonId demoBroker = jdbc.sql("SELECT id FROM people.account WHERE email = :email")
			.param("email", TimeBankJourney.BROKER.email())
			.query((rs, n) -> new PersonId(rs.getLong(1)))
			.single();
		List<Member> members = neighbours.stream().map(neighbour -> memberships.enrol(hackney, demoBroker, neighbour))
			.toList();
		// Booked directly: near midnight the builder moves the start earlier, so sign-up may already have closed.
		neighbours.forEach(neighbour -> signUps.bookForDemo(event, neighbour));
		List<SignUp> booked = signUps.active(event);
		assertThat(booked).extracting(SignUp::status).containsOnly(SignUp.Status.BOOKED).hasSize(3);
		clock.advance(Duration.ofHours(3));
		List<GroupActivityAttended> heard = new CopyOnWriteArrayList<>();
		ApplicationListener<PayloadApplicationEvent<GroupActivityAttended>> listener = published -> heard
			.add(published.getPayload());
		ApplicationEventMulticaster multicaster = application.getBean(ApplicationEventMulticaster.class);
		multicaster.addApplicationListener(listener);
		try {
			AccountSteps.signsIn(organiser, DEMO_ORGANISER);
			organiser.open("/events/" + event.value());
			organiser.clickLink("Manage this event");
			organiser.seesHeading(title);
			assertThat(organiser.path()).isEqualTo("/events/" + event.value() + "/manage");
			organiser.sees("Who came?");
			organiser.page().locator("input[name=attended][value='" + booked.get(0).id() + "']").check();
			organiser.page().locator("input[name=attended][value='" + booked.get(2).id() + "']").check();
			organiser.clickButton("Record attendance");

			organiser.seesBanner("Attendance has been recorded");
		}
		finally {
			multicaster.removeApplicationListener(listener);
		}
		assertThat(signUps.counts(event).attended()).isEqualTo(2);
		// What the action module can see of the crediting: the one event, in the same transaction, naming who came.
		// The time bank's ledger (another module) credits from it; its statements are checked in its own journeys.
		assertThat(heard).filteredOn(activity -> activity.reference().equals("event/" + event.value())).singleElement()
			.satisfies(activity -> {
				assertThat(activity.timeBank()).isEqualTo(new TimeBankId(1));
				assertThat(activity.minutesEach()).isEqualTo(120);
				assertThat(activity.attendees()).containsExactlyInAnyOrder(booked.get(0).person(), booked.get(2).person());
				assertThat(activity.description()).isEqualTo(title);
			});
		// Once the time bank module is installed, its ledger must take the event and finish with it: the credits are
		// posted (or, for people who are not members, refused and kept) in the ledger's own transaction.
		if (timeBanks.getIfAvailable() != null) {
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql("""
					SELECT count(*) FROM platform.event_publication
					WHERE event_type LIKE '%GroupActivityAttended' AND serialized_event LIKE :reference
					  AND completion_date IS NOT NULL""")
				.param("reference", "%\"event/" + event.value() + "\"%")
				.query(Integer.class)
				.single()).isPositive());
			// The time credits appear: the broker reads each member's statement. The two who came have the litter
			// pick's two hours on it; the one who did not come has nothing from it.
			AccountSteps.signsIn(broker, TimeBankJourney.BROKER);
			for (int i = 0; i < members.size(); i++) {
				broker.open("/timebanks/" + hackney.slug() + "/members/" + members.get(i).id() + "/statement");
				if (i == 1) {
					broker.doesNotSee(title);
				}
				else {
					broker.sees(title);
				}
			}
		}
	}

	/** The newest reminder mail about this event to this person, or null. */
	private String reminderTo(Person person, String title) {
		return jdbc.sql("""
				SELECT body FROM platform.outbox
				WHERE lower(recipient) = lower(:to) AND subject LIKE :subject
				ORDER BY id DESC LIMIT 1""")
			.param("to", person.email())
			.param("subject", "Reminder: " + title + "%")
			.query(String.class)
			.optional()
			.orElse(null);
	}
}
