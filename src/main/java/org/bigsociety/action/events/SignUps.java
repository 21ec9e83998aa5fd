package org.bigsociety.action.events;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bigsociety.action.EventId;
import org.bigsociety.people.PersonId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places at events and the waiting list. Every change to one event's places happens while holding that event's row
 * lock, so two people can never both take the last place, and the waiting list keeps the order people asked in.
 */
@Service
public class SignUps {

	private final EventRows events;
	private final SignUpRows rows;
	private final ApplicationEventPublisher publisher;
	private final Clock clock;

	SignUps(EventRows events, SignUpRows rows, ApplicationEventPublisher publisher, Clock clock) {
		this.events = events;
		this.rows = rows;
		this.publisher = publisher;
		this.clock = clock;
	}

	public enum Outcome {
		/** A place is theirs. */
		BOOKED,
		/** The event is full: they are on the waiting list. */
		WAITING,
		ALREADY_BOOKED, ALREADY_WAITING,
		/** It has started or been called off. */
		CLOSED
	}

	public enum Cancellation {
		CANCELLED,
		/** They had no place and were not waiting. */
		NOT_SIGNED_UP,
		/** It has started: who came is for the organiser to record now. */
		TOO_LATE
	}

	/** The person's place at an event: booked, or waiting at {@code position} (1 is next in line). */
	public record Place(SignUp.Status status, int position) {
	}

	/** How many places are taken, how many people wait, how many of those booked came. */
	public record Counts(int booked, int waiting, int attended) {
	}

	@Transactional
	public Outcome signUp(EventId id, PersonId person) {
		Event event = events.lock(id).orElseThrow(() -> new NotFound("Event " + id));
		Instant now = clock.instant();
		if (!event.openForSignUp(now)) {
			return Outcome.CLOSED;
		}
		Optional<SignUp> existing = rows.of(id, person).filter(SignUp::active);
		if (existing.isPresent()) {
			return existing.get().status() == SignUp.Status.BOOKED ? Outcome.ALREADY_BOOKED : Outcome.ALREADY_WAITING;
		}
		// Anyone already waiting goes first: a new person only books directly if nobody is queueing.
		boolean free = rows.booked(id) < event.capacity() && rows.nextWaiting(id).isEmpty();
		SignUp signUp = rows.put(id, person, free ? SignUp.Status.BOOKED : SignUp.Status.WAITING, now);
		return signUp.status() == SignUp.Status.BOOKED ? Outcome.BOOKED : Outcome.WAITING;
	}

	/** For the demo: a place at an event whatever its date (the demo has events that have already happened). */
	@Transactional
	public void bookForDemo(EventId id, PersonId person) {
		events.lock(id).orElseThrow(() -> new NotFound("Event " + id));
		boolean free = rows.booked(id) < events.find(id).orElseThrow().capacity();
		rows.put(id, person, free ? SignUp.Status.BOOKED : SignUp.Status.WAITING, clock.instant());
	}

	/** Gives up the person's place or their spot in the queue; a freed place goes to the next in line. */
	@Transactional
	public Cancellation cancel(EventId id, PersonId person) {
		Event event = events.lock(id).orElseThrow(() -> new NotFound("Event " + id));
		Optional<SignUp> existing = rows.of(id, person).filter(SignUp::active);
		if (existing.isEmpty()) {
			return Cancellation.NOT_SIGNED_UP;
		}
		Instant now = clock.instant();
		if (event.started(now)) {
			return Cancellation.TOO_LATE;
		}
		rows.cancel(existing.get().id(), now);
		if (!event.cancelled()) {
			fillFreePlaces(event, now);
		}
		return Cancellation.CANCELLED;
	}

	/** While there is room and someone waiting, the next in line gets a place and is told. Holds the event's lock. */
	private void fillFreePlaces(Event event, Instant now) {
		int booked = rows.booked(event.id());
		while (booked < event.capacity()) {
			Optional<SignUp> next = rows.nextWaiting(event.id());
			if (next.isEmpty()) {
				return;
			}
			rows.book(next.get().id(), now);
			booked++;
			if (next.get().person() != null) {
				publisher.publishEvent(new PlaceOffered(event.id(), next.get().person()));
			}
		}
	}

	/** Erases the person from every event: future places are given up (and passed on), past ones kept unnamed. */
	@Transactional
	public void forget(PersonId person) {
		Instant now = clock.instant();
		for (SignUp signUp : rows.ofPerson(person)) {
			Event event = events.lock(signUp.event()).orElseThrow();
			if (signUp.active() && !event.started(now)) {
				rows.cancel(signUp.id(), now);
				if (!event.cancelled()) {
					fillFreePlaces(event, now);
				}
			}
		}
		rows.forget(person);
	}

	public Optional<Place> placeOf(EventId id, PersonId person) {
		return rows.of(id, person)
			.filter(SignUp::active)
			.map(signUp -> new Place(signUp.status(),
					signUp.status() == SignUp.Status.WAITING ? rows.positionInQueue(signUp) : 0));
	}

	public Counts counts(EventId id) {
		SignUpRows.Counts counts = rows.counts(id);
		return new Counts(counts.booked(), counts.waiting(), counts.attended());
	}

	/** Booked first, then the waiting list in order. */
	public List<SignUp> active(EventId id) {
		return rows.active(id);
	}

	/** Every place the person has or had, newest event first. */
	public List<SignUp> of(PersonId person) {
		return rows.ofPerson(person);
	}
}
