package org.bigsociety.action.web;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.bigsociety.action.events.Event;
import org.bigsociety.action.events.SignUp;
import org.bigsociety.action.events.SignUps;
import org.bigsociety.action.events.When;
import org.bigsociety.groups.OrganisationSummary;
import org.bigsociety.groups.Organisations;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.PersonSummary;
import org.bigsociety.place.Area;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.Places;
import org.bigsociety.timebank.TimeBanks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Events made ready to show: times in London, who runs them by name, places left. */
@Component
class EventViews {

	private final SignUps signUps;
	private final People people;
	private final Organisations organisations;
	private final Places places;
	private final ObjectProvider<TimeBanks> timeBanks;
	private final Clock clock;

	EventViews(SignUps signUps, People people, Organisations organisations, Places places,
			ObjectProvider<TimeBanks> timeBanks, Clock clock) {
		this.signUps = signUps;
		this.people = people;
		this.organisations = organisations;
		this.places = places;
		this.timeBanks = timeBanks;
		this.clock = clock;
	}

	/** A line in a list of events. */
	record EventCard(long id, String title, String kindKey, String when, String where, String runBy, int placesLeft,
			int waiting, boolean cancelled) {

		public boolean full() {
			return placesLeft == 0;
		}
	}

	/** Everything the event's page shows. {@code myStatus} is BOOKED, WAITING or null. */
	record EventPage(long id, String title, String description, String kindKey, String when, String address,
			String postcode, String areaName, String accessibility, int capacity, int booked, int waiting,
			int placesLeft, boolean cancelled, String cancelReason, boolean open, boolean started, RunBy runBy,
			String timeBankName, Integer minutesEach, String myStatus, int myPosition, boolean mayManage,
			boolean attendanceRecorded, int attended) {

		public List<String> descriptionLines() {
			return Lines.of(description);
		}

		public List<String> accessibilityLines() {
			return Lines.of(accessibility);
		}
	}

	/** Who runs an event: a group (with its page) or an organiser (by the name they show). */
	record RunBy(String name, String link, boolean group) {
	}

	EventCard card(Event event) {
		SignUps.Counts counts = signUps.counts(event.id());
		return new EventCard(event.id().value(), event.title(), event.kind().messageKey(),
				When.between(event.startsAt(), event.endsAt()), event.address() + ", " + event.postcode(),
				runBy(event).name(), Math.max(0, event.capacity() - counts.booked()), counts.waiting(),
				event.cancelled());
	}

	List<EventCard> cards(List<Event> events) {
		return events.stream().map(this::card).toList();
	}

	EventPage page(Event event, PersonId viewer, boolean mayManage) {
		SignUps.Counts counts = signUps.counts(event.id());
		Optional<SignUps.Place> place = viewer == null ? Optional.empty() : signUps.placeOf(event.id(), viewer);
		String timeBankName = event.timeBank() == null ? null
				: Optional.ofNullable(timeBanks.getIfAvailable())
					.flatMap(banks -> banks.find(event.timeBank()))
					.map(TimeBanks.TimeBankSummary::name)
					.orElse(null);
		return new EventPage(event.id().value(), event.title(), event.description(), event.kind().messageKey(),
				When.between(event.startsAt(), event.endsAt()), event.address(), event.postcode().value(),
				areaName(event.area()), event.accessibility(), event.capacity(), counts.booked(), counts.waiting(),
				Math.max(0, event.capacity() - counts.booked()), event.cancelled(), event.cancelReason(),
				event.openForSignUp(clock.instant()), event.started(clock.instant()), runBy(event), timeBankName,
				event.minutesEach(), place.map(p -> p.status().name()).orElse(null),
				place.map(SignUps.Place::position).orElse(0), mayManage, event.attendanceRecorded(),
				counts.attended());
	}

	RunBy runBy(Event event) {
		if (event.organisation() != null) {
			Optional<OrganisationSummary> group = organisations.find(event.organisation());
			if (group.isPresent()) {
				return new RunBy(group.get().name(), group.get().profilePath(), true);
			}
		}
		String name = event.organiser() == null ? null
				: people.find(event.organiser()).map(PersonSummary::displayName).orElse(null);
		return new RunBy(name, null, false);
	}

	String areaName(AreaId area) {
		return places.area(area).map(Area::name).orElse("");
	}

	/** A person on an event's list, by the name they show. */
	record Attendee(long signUpId, String name, String status, int position, Boolean attended) {
	}

	List<Attendee> attendees(List<SignUp> active) {
		int[] waiting = { 0 };
		return active.stream().map(signUp -> {
			String name = signUp.person() == null ? null
					: people.find(signUp.person()).map(PersonSummary::displayName).orElse(null);
			int position = signUp.status() == SignUp.Status.WAITING ? ++waiting[0] : 0;
			return new Attendee(signUp.id(), name, signUp.status().name(), position, signUp.attended());
		}).toList();
	}
}
