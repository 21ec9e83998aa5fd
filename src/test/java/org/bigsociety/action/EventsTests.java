package org.bigsociety.action;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bigsociety.IntegrationTest;
import org.bigsociety.TestClock;
import org.bigsociety.action.events.Attendance;
import org.bigsociety.action.events.EventProposal;
import org.bigsociety.action.events.Events;
import org.bigsociety.action.events.Reminders;
import org.bigsociety.action.events.SignUp;
import org.bigsociety.action.events.SignUps;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.Places;
import org.bigsociety.timebank.GroupActivityAttended;
import org.bigsociety.timebank.TimeBankId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Events: scheduling, places and the waiting list, reminders, calling off, attendance and time credits. */
@IntegrationTest
@RecordApplicationEvents
class EventsTests {

	private static final Duration DEADLINE = Duration.ofSeconds(20);

	@Autowired
	Events events;

	@Autowired
	SignUps signUps;

	@Autowired
	Attendance attendance;

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
	ApplicationEvents published;

	ActionFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ActionFixtures(events, people, places, jdbc, clock);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void anOrganiserSchedulesAnEventInTheirArea() {
		EventId id = fixtures.event().title("Litter pick on London Fields").kind("LITTER_PICK").capacity(15).scheduled();

		var event = events.get(id);
		assertThat(event.title()).isEqualTo("Litter pick on London Fields");
		assertThat(event.capacity()).isEqualTo(15);
		assertThat(event.organiser()).isEqualTo(fixtures.demo("organiser"));
		assertThat(event.areas()).contains(places.byGssCode(ActionFixtures.HACKNEY).orElseThrow().id());
	}

	@Test
	void refusesAnEventFromSomeoneWhoIsNeitherOrganiserNorGroupAdministrator() {
		Events.Outcome outcome = events.schedule(fixtures.demo("resident"), fixtures.event().proposal());

		assertThat(outcome.ok()).isFalse();
		assertThat(outcome.errors()).containsEntry("postcode", "action.event.form.postcode.notYourArea");
	}

	@Test
	void refusesAGroupTheSchedulerDoesNotRun() {
		Events.Outcome outcome = events.schedule(fixtures.demo("organiser"),
				fixtures.event().organisation(999_999_999L).proposal());

		assertThat(outcome.errors()).containsEntry("organisation", "action.form.organisation.notYours");
	}

	@Test
	void explainsEveryMissingFieldAndSchedulesNothing() {
		Events.Outcome outcome = events.schedule(fixtures.demo("organiser"), EventProposal.empty());

		assertThat(outcome.ok()).isFalse();
		assertThat(outcome.errors()).containsKeys("title", "description", "kind", "date", "startTime", "endTime",
				"postcode", "address", "capacity", "accessibility");
	}

	@Test
	void refusesAnEventThatEndsBeforeItStartsOrIsInThePast() {
		EventProposal typed = fixtures.event().proposal();
		EventProposal backwards = new EventProposal(typed.title(), typed.description(), typed.kind(), typed.date(),
				"15:00", "14:00", typed.postcode(), typed.address(), typed.capacity(), typed.accessibility(), "", "", "");
		EventProposal past = new EventProposal(typed.title(), typed.description(), typed.kind(), "1/1/2020",
				"10:00", "11:00", typed.postcode(), typed.address(), typed.capacity(), typed.accessibility(), "", "", "");

		assertThat(events.schedule(fixtures.demo("organiser"), backwards).errors())
			.containsEntry("endTime", "action.event.form.endTime.beforeStart");
		assertThat(events.schedule(fixtures.demo("organiser"), past).errors())
			.containsEntry("date", "action.event.form.date.past");
	}

	@Test
	void peopleBeyondCapacityJoinTheWaitingListInOrder() {
		EventId id = fixtures.event().capacity(2).scheduled();
		List<PersonId> residents = fixtures.residents(4);

		assertThat(signUps.signUp(id, residents.get(0))).isEqualTo(SignUps.Outcome.BOOKED);
		assertThat(signUps.signUp(id, residents.get(1))).isEqualTo(SignUps.Outcome.BOOKED);
		assertThat(signUps.signUp(id, residents.get(2))).isEqualTo(SignUps.Outcome.WAITING);
		assertThat(signUps.signUp(id, residents.get(3))).isEqualTo(SignUps.Outcome.WAITING);
		assertThat(signUps.signUp(id, residents.get(0))).isEqualTo(SignUps.Outcome.ALREADY_BOOKED);

		assertThat(signUps.placeOf(id, residents.get(3)).orElseThrow().position()).isEqualTo(2);
		assertThat(signUps.counts(id)).isEqualTo(new SignUps.Counts(2, 2, 0));
	}

	@Test
	void aCancelledPlaceGoesToTheFirstPersonWaitingWhoIsToldByMail() {
		EventId id = fixtures.event().capacity(1).scheduled();
		List<PersonId> residents = fixtures.residents(3);
		signUps.signUp(id, residents.get(0));
		signUps.signUp(id, residents.get(1));
		signUps.signUp(id, residents.get(2));

		assertThat(signUps.cancel(id, residents.get(0))).isEqualTo(SignUps.Cancellation.CANCELLED);

		assertThat(signUps.placeOf(id, residents.get(1)).orElseThrow().status()).isEqualTo(SignUp.Status.BOOKED);
		assertThat(signUps.placeOf(id, residents.get(2)).orElseThrow().position()).isEqualTo(1);
		assertThat(signUps.placeOf(id, residents.get(0))).isEmpty();
		String title = events.get(id).title();
		await().atMost(DEADLINE).until(() -> fixtures.mailsTo(residents.get(1), "A place has come up for you: " + title) == 1);
		assertThat(fixtures.mailsTo(residents.get(2), title)).isZero();
	}

	@Test
	void someoneWhoCancelsAndSignsUpAgainGoesToTheBackOfTheQueue() {
		EventId id = fixtures.event().capacity(1).scheduled();
		List<PersonId> residents = fixtures.residents(3);
		signUps.signUp(id, residents.get(0));
		signUps.signUp(id, residents.get(1));
		signUps.signUp(id, residents.get(2));

		signUps.cancel(id, residents.get(1));
		assertThat(signUps.signUp(id, residents.get(1))).isEqualTo(SignUps.Outcome.WAITING);

		assertThat(signUps.placeOf(id, residents.get(2)).orElseThrow().position()).isEqualTo(1);
		assertThat(signUps.placeOf(id, residents.get(1)).orElseThrow().position()).isEqualTo(2);
	}

	/**
	 * Many people press "Sign up" for the last places at once. The event's row lock makes them queue: exactly
	 * capacity are booked, everyone else waits, and the waiting list's order is the order their sign-ups were
	 * accepted (queue numbers strictly rise through the booked places and then the waiting list).
	 */
	@Test
	void concurrentSignUpsForTheLastPlacesNeverExceedCapacityAndKeepTheQueueInOrder() throws Exception {
		int capacity = 5;
		int people = 40;
		EventId id = fixtures.event().capacity(capacity).scheduled();
		List<PersonId> residents = fixtures.residents(people);
		assertThat(residents).hasSize(people);
		ExecutorService pool = Executors.newFixedThreadPool(16);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<SignUps.Outcome>> outcomes = new ArrayList<>();
			for (PersonId resident : residents) {
				Callable<SignUps.Outcome> signUp = () -> {
					start.await();
					return signUps.signUp(id, resident);
				};
				outcomes.add(pool.submit(signUp));
			}
			start.countDown();
			int booked = 0;
			int waiting = 0;
			for (Future<SignUps.Outcome> outcome : outcomes) {
				switch (outcome.get()) {
					case BOOKED -> booked++;
					case WAITING -> waiting++;
					default -> throw new AssertionError("Unexpected " + outcome.get());
				}
			}
			assertThat(booked).isEqualTo(capacity);
			assertThat(waiting).isEqualTo(people - capacity);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(signUps.counts(id)).isEqualTo(new SignUps.Counts(capacity, people - capacity, 0));
		List<SignUp> list = signUps.active(id);
		// Everyone booked asked before everyone waiting; the queue numbers say in which order they were accepted.
		assertThat(list).extracting(SignUp::queueNumber).isSorted();
		long lastBooked = list.get(capacity - 1).queueNumber();
		assertThat(list.subList(capacity, list.size())).allSatisfy(w -> {
			assertThat(w.status()).isEqualTo(SignUp.Status.WAITING);
			assertThat(w.queueNumber()).isGreaterThan(lastBooked);
		});

		// Cancellations then promote strictly in that order.
		List<SignUp> waitingInOrder = list.subList(capacity, list.size());
		signUps.cancel(id, list.get(0).person());
		signUps.cancel(id, list.get(1).person());
		assertThat(signUps.placeOf(id, waitingInOrder.get(0).person()).orElseThrow().status()).isEqualTo(SignUp.Status.BOOKED);
		assertThat(signUps.placeOf(id, waitingInOrder.get(1).person()).orElseThrow().status()).isEqualTo(SignUp.Status.BOOKED);
		assertThat(signUps.placeOf(id, waitingInOrder.get(2).person()).orElseThrow().position()).isEqualTo(1);
		assertThat(signUps.counts(id).booked()).isEqualTo(capacity);
	}

	@Test
	void remindsEveryoneBookedTheDayBeforeOnce() {
		EventId id = fixtures.event().startsIn(Duration.ofDays(2)).capacity(1).scheduled();
		List<PersonId> residents = fixtures.residents(2);
		signUps.signUp(id, residents.get(0));
		signUps.signUp(id, residents.get(1));
		String title = events.get(id).title();

		reminders.sendDue();
		assertThat(fixtures.mailsTo(residents.get(0), "Reminder: " + title)).isZero();

		clock.advance(Duration.ofHours(30));
		reminders.sendDue();
		reminders.sendDue();

		assertThat(fixtures.mailsTo(residents.get(0), "Reminder: " + title)).isEqualTo(1);
		assertThat(fixtures.mailsTo(residents.get(1), "Reminder: " + title)).as("waiting, not booked").isZero();
	}

	@Test
	void callingOffAnEventTellsEveryoneBookedOrWaiting() {
		EventId id = fixtures.event().capacity(1).scheduled();
		List<PersonId> residents = fixtures.residents(2);
		signUps.signUp(id, residents.get(0));
		signUps.signUp(id, residents.get(1));

		assertThat(events.callOff(id, fixtures.demo("organiser"), "The park is flooded.")).isEmpty();

		String title = events.get(id).title();
		await().atMost(DEADLINE).until(() -> fixtures.mailsTo(residents.get(0), "Cancelled: " + title) == 1
				&& fixtures.mailsTo(residents.get(1), "Cancelled: " + title) == 1);
		assertThat(fixtures.latestMailTo(residents.get(0))).contains("The park is flooded.");
		assertThat(signUps.signUp(id, fixtures.residents(3).get(2))).isEqualTo(SignUps.Outcome.CLOSED);
		assertThat(events.callOff(id, fixtures.demo("organiser"), "Again")).contains("action.event.cancel.already");
	}

	@Test
	void onlyTheEventsOwnOrganiserMayCallItOffOrRecordAttendance() {
		EventId id = fixtures.event().scheduled();

		assertThatThrownBy(() -> events.callOff(id, fixtures.demo("resident"), "No"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> events.callOff(id, fixtures.demo("groupadmin"), "No"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> attendance.record(id, fixtures.demo("broker"), List.of()))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(events.callOff(id, fixtures.demo("admin"), "Called off by the platform")).isEmpty();
	}

	@Test
	void attendanceIsRecordedOnceAfterTheStartAndCreditsAttendeesThroughTheTimeBankByAnEvent() {
		EventId id = fixtures.event().startsIn(Duration.ofHours(5)).capacity(3).timeBank(424242, 90)
			.scheduledByWithoutTimeBankCheck();
		List<PersonId> residents = fixtures.residents(3);
		residents.forEach(resident -> signUps.signUp(id, resident));
		List<Long> signUpIds = signUps.active(id).stream().map(SignUp::id).toList();
		PersonId organiser = fixtures.demo("organiser");

		assertThat(attendance.record(id, organiser, signUpIds)).contains("action.attendance.notStarted");

		clock.advance(Duration.ofHours(6));
		assertThat(attendance.record(id, organiser, signUpIds.subList(0, 2))).isEmpty();
		assertThat(attendance.record(id, organiser, signUpIds)).contains("action.attendance.already");

		assertThat(signUps.counts(id).attended()).isEqualTo(2);
		List<GroupActivityAttended> credited = published.stream(GroupActivityAttended.class)
			.filter(e -> e.reference().equals("event/" + id))
			.toList();
		assertThat(credited).hasSize(1);
		GroupActivityAttended activity = credited.get(0);
		assertThat(activity.timeBank()).isEqualTo(new TimeBankId(424242));
		assertThat(activity.minutesEach()).isEqualTo(90);
		assertThat(activity.attendees()).containsExactly(residents.get(0), residents.get(1));
		assertThat(activity.confirmedBy()).isEqualTo(organiser);
		assertThat(activity.description()).isEqualTo(events.get(id).title());
	}

	@Test
	void attendanceAtAnEventWithoutATimeBankCreditsNothing() {
		EventId id = fixtures.event().startsIn(Duration.ofHours(5)).scheduled();
		PersonId resident = fixtures.residents(1).get(0);
		signUps.signUp(id, resident);
		clock.advance(Duration.ofHours(6));

		assertThat(attendance.record(id, fixtures.demo("organiser"), signUps.active(id).stream().map(SignUp::id).toList()))
			.isEmpty();

		assertThat(published.stream(GroupActivityAttended.class).filter(e -> e.reference().equals("event/" + id)))
			.isEmpty();
	}
}
