package org.bigsociety.action.events;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.bigsociety.action.EventId;
import org.bigsociety.people.PersonId;
import org.bigsociety.timebank.GroupActivityAttended;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organiser records who came, once the event has started. If the event is linked to a time bank, the attendees
 * are credited by publishing {@link GroupActivityAttended} in the same transaction: the time bank's own listener
 * credits them after it commits, once per event (its reference is {@code event/{id}}).
 */
@Service
public class Attendance {

	private final EventRows events;
	private final SignUpRows signUps;
	private final Events eventService;
	private final ApplicationEventPublisher publisher;
	private final Clock clock;

	Attendance(EventRows events, SignUpRows signUps, Events eventService, ApplicationEventPublisher publisher,
			Clock clock) {
		this.events = events;
		this.signUps = signUps;
		this.eventService = eventService;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * Records which booked places were taken up ({@code attended} holds sign-up ids; others are ignored). Answers the
	 * error to show, if any; nothing changes then.
	 */
	@Transactional
	public Optional<String> record(EventId id, PersonId by, List<Long> attended) {
		Event event = events.lock(id).orElseThrow(() -> new NotFound("Event " + id));
		eventService.requireManager(by, event);
		if (event.cancelled()) {
			return Optional.of("action.attendance.cancelled");
		}
		if (!event.started(clock.instant())) {
			return Optional.of("action.attendance.notStarted");
		}
		if (event.attendanceRecorded()) {
			return Optional.of("action.attendance.already");
		}
		List<PersonId> attendees = signUps.recordAttendance(id, attended);
		events.attendanceRecorded(id, clock.instant());
		if (event.linkedToTimeBank() && !attendees.isEmpty()) {
			publisher.publishEvent(new GroupActivityAttended(event.timeBank(), reference(id), event.title(),
					event.organisation(), attendees, event.minutesEach(), by));
		}
		return Optional.empty();
	}

	/** The reference the time bank credits an event's attendees under, once. */
	public static String reference(EventId id) {
		return "event/" + id;
	}
}
