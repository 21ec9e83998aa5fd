package org.bigsociety.people.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.bigsociety.people.OnlineInvitation;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.people.PersonRegistered;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.Postcode;
import org.bigsociety.platform.Mail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for people without email or internet, made in person by someone who already has an account (a time bank
 * broker). No email and no password: the account can never sign in, password resets and mail never reach it, and it
 * is not counted among the residents who can vote or sign as themselves. It is placed from its postcode like any
 * account. Later, whoever helps them can give the account an email address and send a link to set a password, and
 * it becomes an ordinary account.
 */
@Component
class OfflineEnrolment {

	static final int MAX_NAME = 80;
	static final Duration INVITATION_LIFETIME = Duration.ofDays(7);

	private final Accounts accounts;
	private final Neighbourhoods neighbourhoods;
	private final OneTimeTokens tokens;
	private final Mail mail;
	private final MessageSource messages;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final String baseUrl;

	OfflineEnrolment(Accounts accounts, Neighbourhoods neighbourhoods, OneTimeTokens tokens, Mail mail,
			MessageSource messages, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
			@Value("${bigsociety.base-url}") String baseUrl) {
		this.accounts = accounts;
		this.neighbourhoods = neighbourhoods;
		this.tokens = tokens;
		this.mail = mail;
		this.messages = messages;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.baseUrl = baseUrl;
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

	@Transactional
	OnlineInvitation inviteOnline(PersonId person, String rawEmail, PersonId invitedBy) {
		EmailAddress email = EmailAddress.parseOrNull(rawEmail == null ? null : rawEmail.strip());
		if (email == null) {
			return OnlineInvitation.INVALID_ADDRESS;
		}
		// Still offline: enrolled in person and never had a password (an earlier, unused address may be replaced).
		boolean offline = person != null && !jdbc.sql("""
				SELECT id FROM people.account
				WHERE id = :id AND deleted_at IS NULL AND enrolled_by IS NOT NULL AND password_hash IS NULL
				    AND email_confirmed_at IS NULL
				FOR UPDATE""")
			.param("id", person.value())
			.query(Long.class)
			.list()
			.isEmpty();
		if (!offline) {
			return OnlineInvitation.NOT_OFFLINE;
		}
		if (accounts.findLive(email).filter(other -> !other.id().equals(person)).isPresent()) {
			return OnlineInvitation.ADDRESS_IN_USE;
		}
		jdbc.sql("UPDATE people.account SET email = :email WHERE id = :id")
			.param("email", email.value())
			.param("id", person.value())
			.update();
		tokens.useAll(person, OneTimeTokens.Purpose.RESET_PASSWORD);
		String token = tokens.issue(person, OneTimeTokens.Purpose.RESET_PASSWORD, INVITATION_LIFETIME);
		String name = accounts.find(person).map(Account::displayName).orElse("");
		String by = invitedBy == null ? "" : accounts.find(invitedBy).filter(a -> !a.deleted())
			.map(Account::displayName).orElse("");
		mail.send(new Mail.Message(email.value(), text("people.mail.online.subject"),
				text("people.mail.online.body", name, by, baseUrl + "/password/reset?token=" + token)));
		return OnlineInvitation.SENT;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.UK);
	}
}
