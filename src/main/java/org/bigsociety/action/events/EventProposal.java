package org.bigsociety.action.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.place.Doorstep;
import org.bigsociety.place.Places;
import org.bigsociety.place.Postcode;

/**
 * The form for a new event, as typed. {@link #check} turns it into a {@link Draft} or into the errors to show, each
 * as a field id and a message key, in the order of the form.
 *
 * @param organisation the group running it (its id), or blank for an organiser running it themselves
 * @param timeBank the time bank that credits attendees (its id), or blank for none
 * @param minutes the minutes each attendee is credited, when linked to a time bank
 */
public record EventProposal(String title, String description, String kind, String date, String startTime,
		String endTime, String postcode, String address, String capacity, String accessibility, String organisation,
		String timeBank, String minutes) {

	static final int MAX_TITLE = 120;
	static final int MAX_TEXT = 4000;
	static final int MAX_ADDRESS = 200;
	static final int MAX_CAPACITY = 10_000;
	static final int MAX_MINUTES = 24 * 60;

	public EventProposal {
		title = Typed.trimmed(title);
		description = Typed.trimmed(description);
		kind = Typed.trimmed(kind);
		date = Typed.trimmed(date);
		startTime = Typed.trimmed(startTime);
		endTime = Typed.trimmed(endTime);
		postcode = Typed.trimmed(postcode);
		address = Typed.trimmed(address);
		capacity = Typed.trimmed(capacity);
		accessibility = Typed.trimmed(accessibility);
		organisation = Typed.trimmed(organisation);
		timeBank = Typed.trimmed(timeBank);
		minutes = Typed.trimmed(minutes);
	}

	public static EventProposal empty() {
		return new EventProposal("", "", "", "", "", "", "", "", "", "", "", "", "");
	}

	/** The values once checked: when and where, in the platform's terms. */
	public record Draft(String title, String description, EventKind kind, Instant startsAt, Instant endsAt,
			Doorstep doorstep, String address, int capacity, String accessibility, Long organisation, Long timeBank,
			Integer minutesEach) {
	}

	public record Checked(Draft draft, Map<String, String> errors) {

		public boolean ok() {
			return errors.isEmpty();
		}
	}

	Checked check(Places places, Instant now) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (title.isEmpty()) {
			errors.put("title", "action.event.form.title.missing");
		}
		else if (title.length() > MAX_TITLE) {
			errors.put("title", "action.event.form.title.long");
		}
		if (description.isEmpty()) {
			errors.put("description", "action.event.form.description.missing");
		}
		else if (description.length() > MAX_TEXT) {
			errors.put("description", "action.event.form.description.long");
		}
		EventKind eventKind = null;
		try {
			eventKind = kind.isEmpty() ? null : EventKind.valueOf(kind.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			// not one of ours: the same message as none
		}
		if (eventKind == null) {
			errors.put("kind", "action.event.form.kind.missing");
		}
		Optional<LocalDate> day = Typed.date(date);
		if (date.isEmpty()) {
			errors.put("date", "action.event.form.date.missing");
		}
		else if (day.isEmpty()) {
			errors.put("date", "action.event.form.date.invalid");
		}
		Optional<LocalTime> start = Typed.time(startTime);
		Optional<LocalTime> end = Typed.time(endTime);
		if (start.isEmpty()) {
			errors.put("startTime", startTime.isEmpty() ? "action.event.form.startTime.missing"
					: "action.event.form.startTime.invalid");
		}
		if (end.isEmpty()) {
			errors.put("endTime", endTime.isEmpty() ? "action.event.form.endTime.missing"
					: "action.event.form.endTime.invalid");
		}
		Instant startsAt = null;
		Instant endsAt = null;
		if (day.isPresent() && start.isPresent() && end.isPresent()) {
			startsAt = day.get().atTime(start.get()).atZone(Typed.LONDON).toInstant();
			endsAt = day.get().atTime(end.get()).atZone(Typed.LONDON).toInstant();
			if (!endsAt.isAfter(startsAt)) {
				errors.put("endTime", "action.event.form.endTime.beforeStart");
			}
			if (!startsAt.isAfter(now)) {
				errors.put("date", "action.event.form.date.past");
			}
		}
		Doorstep doorstep = null;
		if (postcode.isEmpty()) {
			errors.put("postcode", "action.form.postcode.missing");
		}
		else {
			try {
				doorstep = places.locate(Postcode.parse(postcode)).orElse(null);
				if (doorstep == null) {
					errors.put("postcode", "action.form.postcode.unknown");
				}
			}
			catch (IllegalArgumentException ex) {
				errors.put("postcode", "action.form.postcode.invalid");
			}
		}
		if (address.isEmpty()) {
			errors.put("address", "action.event.form.address.missing");
		}
		else if (address.length() > MAX_ADDRESS) {
			errors.put("address", "action.event.form.address.long");
		}
		Optional<Integer> places_ = Typed.number(capacity, 1, MAX_CAPACITY);
		if (places_.isEmpty()) {
			errors.put("capacity", capacity.isEmpty() ? "action.event.form.capacity.missing"
					: "action.event.form.capacity.invalid");
		}
		if (accessibility.isEmpty()) {
			errors.put("accessibility", "action.event.form.accessibility.missing");
		}
		else if (accessibility.length() > MAX_TEXT) {
			errors.put("accessibility", "action.event.form.accessibility.long");
		}
		Optional<Long> bank = Typed.id(timeBank);
		Integer minutesEach = null;
		if (!timeBank.isEmpty() && bank.isEmpty()) {
			errors.put("timeBank", "action.event.form.timeBank.invalid");
		}
		if (bank.isPresent()) {
			Optional<Integer> credit = Typed.number(minutes, 1, MAX_MINUTES);
			if (credit.isEmpty()) {
				errors.put("minutes", minutes.isEmpty() ? "action.event.form.minutes.missing"
						: "action.event.form.minutes.invalid");
			}
			else {
				minutesEach = credit.get();
			}
		}
		if (!errors.isEmpty()) {
			return new Checked(null, errors);
		}
		return new Checked(new Draft(title, description, eventKind, startsAt, endsAt, doorstep, address,
				places_.get(), accessibility, Typed.id(organisation).orElse(null), bank.orElse(null), minutesEach),
				errors);
	}
}
