package org.bigsociety.people.account;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.bigsociety.people.PersonId;
import org.bigsociety.people.PersonRegistered;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.Postcode;
import org.bigsociety.platform.Mail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating an account and confirming its email address. Whatever happens, the person sees the same answer, so the
 * form cannot be used to find out who is registered; the email tells the owner of the address what happened.
 */
@Service
public class Registration {

	static final Duration CONFIRMATION_LIFETIME = Duration.ofHours(24);

	/** What a person typed into the registration form. */
	public record Application(String name, String email, String password, String postcode, boolean agreed) {
	}

	private final Accounts accounts;
	private final OneTimeTokens tokens;
	private final Neighbourhoods neighbourhoods;
	private final PasswordEncoder passwords;
	private final Mail mail;
	private final MessageSource messages;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final String baseUrl;

	Registration(Accounts accounts, OneTimeTokens tokens, Neighbourhoods neighbourhoods, PasswordEncoder passwords,
			Mail mail, MessageSource messages, ApplicationEventPublisher events, Clock clock,
			@Value("${bigsociety.base-url}") String baseUrl) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.neighbourhoods = neighbourhoods;
		this.passwords = passwords;
		this.mail = mail;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** The problems with an application, field by field (message keys), in the order of the form. */
	public static Map<String, String> problemsWith(Application application) {
		Map<String, String> problems = new LinkedHashMap<>();
		String name = application.name() == null ? "" : application.name().trim();
		if (name.isEmpty()) {
			problems.put("name", "people.name.missing");
		}
		else if (name.length() > 80) {
			problems.put("name", "people.name.tooLong");
		}
		try {
			new EmailAddress(application.email());
		}
		catch (IllegalArgumentException ex) {
			problems.put("email", ex.getMessage());
		}
		PasswordRules.problemWith(application.password(), application.email())
			.ifPresent(problem -> problems.put("password", problem));
		try {
			Postcode.parse(application.postcode());
		}
		catch (IllegalArgumentException ex) {
			problems.put("postcode", application.postcode() == null || application.postcode().isBlank()
					? "people.postcode.missing" : "people.postcode.invalid");
		}
		if (!application.agreed()) {
			problems.put("agree", "people.agree.missing");
		}
		return problems;
	}

	/**
	 * Registers a new account and sends the confirmation link, or, if the address already has an account, tells its
	 * owner by email and creates nothing. Returns the problems; empty means the "check your email" page.
	 */
	@Transactional
	public Map<String, String> register(Application application) {
		Map<String, String> problems = problemsWith(application);
		if (!problems.isEmpty()) {
			return problems;
		}
		EmailAddress email = new EmailAddress(application.email());
		if (accounts.findLive(email).isPresent()) {
			tellOwnerSomeoneTried(email);
			return problems;
		}
		String postcode = Postcode.parse(application.postcode()).value();
		Long area = neighbourhoods.areaOf(postcode);
		PersonId person;
		try {
			person = accounts.create(email, application.name().trim(), passwords.encode(application.password()),
					postcode, area, null, clock.instant());
		}
		catch (DuplicateKeyException ex) {
			tellOwnerSomeoneTried(email);
			return problems;
		}
		String token = tokens.issue(person, OneTimeTokens.Purpose.CONFIRM_EMAIL, CONFIRMATION_LIFETIME);
		String link = baseUrl + "/register/confirm?token=" + token;
		mail.send(new Mail.Message(email.value(), text("people.mail.confirm.subject"),
				text("people.mail.confirm.body", application.name().trim(), link)));
		events.publishEvent(new PersonRegistered(person, area == null ? null : new AreaId(area)));
		return problems;
	}

	private void tellOwnerSomeoneTried(EmailAddress email) {
		mail.send(new Mail.Message(email.value(), text("people.mail.existing.subject"),
				text("people.mail.existing.body", baseUrl + "/sign-in", baseUrl + "/password/forgotten")));
	}

	/** Confirms the address the link was sent to; false (and nothing changed) if the link is used, expired or unknown. */
	@Transactional
	public boolean confirm(String token) {
		return tokens.use(token, OneTimeTokens.Purpose.CONFIRM_EMAIL).map(person -> {
			accounts.confirm(person, clock.instant());
			return true;
		}).orElse(false);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.UK);
	}
}
