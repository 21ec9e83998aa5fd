package org.bigsociety.action.events;

import java.util.Locale;

import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The mail people get about events they signed up to: a place that came up, an event called off, a reminder. Sent
 * after the change commits (the event publication registry redelivers if sending fails), through {@link People} so
 * this module never sees an address.
 */
@Component
class EventMail {

	private static final Locale UK = Locale.UK;

	private final People people;
	private final EventRows events;
	private final MessageSource messages;
	private final String baseUrl;

	EventMail(People people, EventRows events, MessageSource messages, @Value("${bigsociety.base-url}") String baseUrl) {
		this.people = people;
		this.events = events;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	@ApplicationModuleListener
	void on(PlaceOffered offered) {
		events.find(offered.event()).ifPresent(event -> send(offered.person(), event, "action.mail.promoted"));
	}

	@ApplicationModuleListener
	void on(EventCalledOff calledOff) {
		events.find(calledOff.event()).ifPresent(event -> calledOff.people()
			.forEach(person -> send(person, event, "action.mail.cancelled")));
	}

	/** The reminder the day before; false if the person can no longer be mailed. */
	boolean remind(PersonId person, Event event) {
		return send(person, event, "action.mail.reminder");
	}

	private boolean send(PersonId person, Event event, String key) {
		Object[] args = { event.title(), When.between(event.startsAt(), event.endsAt()),
				event.address() + ", " + event.postcode(), baseUrl + "/events/" + event.id(),
				event.cancelReason() == null ? "" : event.cancelReason(), event.accessibility() };
		String subject = messages.getMessage(key + ".subject", args, UK);
		String body = messages.getMessage(key + ".body", args, UK);
		return people.sendMail(person, subject, body);
	}
}
