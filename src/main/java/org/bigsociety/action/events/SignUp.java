package org.bigsociety.action.events;

import java.time.Instant;

import org.bigsociety.action.EventId;
import org.bigsociety.people.PersonId;

/**
 * A person's place at an event. The waiting list is the {@code WAITING} sign-ups in {@code queueNumber} order: the
 * order people asked in, kept under concurrent sign-ups because numbers are drawn while the event's row is locked.
 *
 * @param person null once the person has deleted their account
 * @param attended null until the organiser records who came
 */
public record SignUp(long id, EventId event, PersonId person, Status status, long queueNumber, Instant signedUpAt,
		Instant bookedAt, Instant cancelledAt, Instant remindedAt, Boolean attended) {

	public enum Status {
		BOOKED, WAITING, CANCELLED
	}

	public boolean active() {
		return status != Status.CANCELLED;
	}
}
