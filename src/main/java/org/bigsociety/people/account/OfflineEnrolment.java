package org.bigsociety.people.account;

import java.time.Clock;

import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.PersonRegistered;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.Postcode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for people without email or internet, made in person by someone who already has an account (a time bank
 * broker). No email and no password: the account can never sign in, password resets and mail never reach it, and it
 * is not counted among the residents who can vote or sign as themselves. It is placed from its postcode like any
 * account.
 */
@Component
class OfflineEnrolment {

	static final int MAX_NAME = 80;

	private final Accounts accounts;
	private final Neighbourhoods neighbourhoods;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	OfflineEnrolment(Accounts accounts, Neighbourhoods neighbourhoods, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.neighbourhoods = neighbourhoods;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	PersonId enrol(String displayName, Postcode postcode, String phone, PersonId recordedBy) {
		String name = displayName == null ? "" : displayName.strip();
		if (name.isEmpty() || name.length() > MAX_NAME) {
			throw new IllegalArgumentException("A name of 1 to " + MAX_NAME + " characters is needed");
		}
		String number = phone == null || phone.isBlank() ? null : phone.strip();
		if (number != null && !People.OFFLINE_PHONE.matcher(number).matches()) {
			throw new IllegalArgumentException("Not a phone number");
		}
		if (postcode == null) {
			throw new IllegalArgumentException("A postcode is needed");
		}
		if (recordedBy == null || accounts.find(recordedBy).filter(a -> !a.deleted()).isEmpty()) {
			throw new IllegalArgumentException("Only a live account can enrol someone");
		}
		Long area = neighbourhoods.areaOf(postcode.value());
		PersonId person = accounts.createOffline(name, postcode.value(), area, number, recordedBy, clock.instant());
		events.publishEvent(new PersonRegistered(person, area == null ? null : new AreaId(area)));
		return person;
	}
}
