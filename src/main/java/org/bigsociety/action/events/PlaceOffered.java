package org.bigsociety.action.events;

import org.bigsociety.action.EventId;
import org.bigsociety.people.PersonId;

/** Someone cancelled, and the next person on the waiting list now has their place; they are told by mail. */
public record PlaceOffered(EventId event, PersonId person) {
}
