package org.bigsociety.action.events;

import java.time.Instant;
import java.util.List;

import org.bigsociety.action.EventId;
import org.bigsociety.groups.OrganisationId;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.Coordinates;
import org.bigsociety.place.Postcode;
import org.bigsociety.timebank.TimeBankId;

/**
 * An event as stored, with the rules about what may happen to it when. Run by a group ({@code organisation}) or by
 * a community organiser alone ({@code organisation} null); {@code organiser} is who scheduled it, null once they have
 * deleted their account.
 *
 * @param areas the chain of areas its postcode lies in, largest first
 * @param timeBank the time bank that credits attendees {@code minutesEach}, or null
 * @param revision raised on each change a calendar should pick up
 */
public record Event(EventId id, String title, String description, EventKind kind, Instant startsAt, Instant endsAt,
		Postcode postcode, String address, AreaId area, List<AreaId> areas, Coordinates coordinates, int capacity,
		String accessibility, OrganisationId organisation, PersonId organiser, TimeBankId timeBank, Integer minutesEach,
		Instant cancelledAt, String cancelReason, Instant attendanceRecordedAt, Instant createdAt, Instant updatedAt,
		int revision) {

	public Event {
		areas = List.copyOf(areas);
	}

	public boolean cancelled() {
		return cancelledAt != null;
	}

	public boolean started(Instant now) {
		return !now.isBefore(startsAt);
	}

	public boolean attendanceRecorded() {
		return attendanceRecordedAt != null;
	}

	public boolean linkedToTimeBank() {
		return timeBank != null;
	}

	/** People may sign up, or join the waiting list, until it starts, unless it is called off. */
	public boolean openForSignUp(Instant now) {
		return !cancelled() && !started(now);
	}

	/** Called off only before it starts, and only once. */
	public boolean cancellable(Instant now) {
		return !cancelled() && !started(now);
	}

	/** Who came is recorded once, from the moment it starts; never for an event that was called off. */
	public boolean attendanceRecordable(Instant now) {
		return !cancelled() && started(now) && !attendanceRecorded();
	}
}
