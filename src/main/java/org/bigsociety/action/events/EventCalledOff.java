package org.bigsociety.action.events;

import java.util.List;

import org.bigsociety.action.EventId;
import org.bigsociety.people.PersonId;

/** An organiser called an event off; everyone booked or waiting is told by mail. */
public record EventCalledOff(EventId event, List<PersonId> people) {

	public EventCalledOff {
		people = List.copyOf(people);
	}
}
