package org.bigsociety.timebank;

import java.util.List;

import org.bigsociety.groups.OrganisationId;
import org.bigsociety.people.PersonId;

/**
 * Attendance at a group activity (a litter pick, a street lunch) linked to a time bank has been confirmed. Published by
 * the module that ran the activity (events, in the action module) inside the transaction that confirmed attendance;
 * the time bank credits every attendee who is a member with {@code minutesEach} in one atomic batch, once per
 * {@code reference}, paid from the organisation's account if it has one in that time bank, otherwise from the
 * community pot.
 *
 * @param reference unique per activity, such as {@code event/42}: a second event with the same reference credits nothing
 * @param description what happened, shown on members' statements, such as "Litter pick, London Fields"
 * @param organisation the organisation that ran it, or null for an activity run by a person
 */
public record GroupActivityAttended(TimeBankId timeBank, String reference, String description,
		OrganisationId organisation, List<PersonId> attendees, int minutesEach, PersonId confirmedBy) {

	public GroupActivityAttended {
		if (timeBank == null || reference == null || reference.isBlank() || description == null
				|| description.isBlank() || confirmedBy == null) {
			throw new IllegalArgumentException("A group activity needs a time bank, a reference, a description and who confirmed it");
		}
		if (minutesEach <= 0) {
			throw new IllegalArgumentException("Each attendee is credited a positive number of minutes");
		}
		attendees = List.copyOf(attendees);
	}
}
