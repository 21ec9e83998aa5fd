package org.bigsociety.people.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.bigsociety.people.PersonId;
import org.bigsociety.platform.Mail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Forgotten passwords: a single-use link valid for an hour, sent only if the address has an account. */
@Service
public class PasswordResets {

	static final Duration LIFETIME = Duration.ofHours(1);

	/** The outcome of setting a new password. */
	public enum Outcome {
		DONE, LINK_NOT_USABLE, PASSWORD_NOT_ACCEPTED
	}

	private final Accounts accounts;
	private final OneTimeTokens tokens;
	private final SignInAttempts attempts;
	private final PasswordEncoder passwords;
	private final Mail mail;
	private final MessageSource messages;
	private final Clock clock;
	private final String baseUrl;

	PasswordResets(Accounts accounts, OneTimeTokens tokens, SignInAttempts attempts, PasswordEncoder passwords,
			Mail mail, MessageSource messages, Clock clock, @Value("${bigsociety.base-url}") String baseUrl) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.attempts = attempts;
		this.passwords = passwords;
		this.mail = mail;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** Sends a reset link if the address has a live account; says nothing either way. */
	@Transactional
	public void request(String rawEmail) {
		EmailAddress email = EmailAddress.parseOrNull(rawEmail);
		if (email == null) {
			return;
		}
		accounts.findLive(email).ifPresent(account -> {
			String token = tokens.issue(account.id(), OneTimeTokens.Purpose.RESET_PASSWORD, LIFETIME);
			mail.send(new Mail.Message(account.email(), messages.getMessage("people.mail.reset.subject", null, Locale.UK),
					messages.getMessage("people.mail.reset.body",
							new Object[] { baseUrl + "/password/reset?token=" + token }, Locale.UK)));
		});
	}

	/** Whether the link can still be used, so the form is only shown for one that works. */
	public boolean usable(String token) {
		return tokens.check(token, OneTimeTokens.Purpose.RESET_PASSWORD).isPresent();
	}

	/** The message key of what is wrong with the new password for this link's account, if anything. */
	public Optional<String> problemWith(String token, String password) {
		Optional<Account> account = tokens.check(token, OneTimeTokens.Purpose.RESET_PASSWORD).flatMap(accounts::find);
		return PasswordRules.problemWith(password, account.map(Account::email).orElse(null));
	}

	/**
	 * Sets the new password, uses the link (and every other outstanding reset link), lifts any lockout and, since the
	 * person has shown they read mail at the address, confirms it.
	 */
	@Transactional
	public Outcome reset(String token, String password) {
		Optional<Account> account = tokens.check(token, OneTimeTokens.Purpose.RESET_PASSWORD).flatMap(accounts::find);
		if (account.isEmpty() || account.get().deleted()) {
			return Outcome.LINK_NOT_USABLE;
		}
		if (PasswordRules.problemWith(password, account.get().email()).isPresent()) {
			return Outcome.PASSWORD_NOT_ACCEPTED;
		}
		Optional<PersonId> used = tokens.use(token, OneTimeTokens.Purpose.RESET_PASSWORD);
		if (used.isEmpty()) {
			return Outcome.LINK_NOT_USABLE;
		}
		tokens.useAll(used.get(), OneTimeTokens.Purpose.RESET_PASSWORD);
		accounts.setPassword(used.get(), passwords.encode(password));
		accounts.confirm(used.get(), clock.instant());
		attempts.clear(account.get());
		return Outcome.DONE;
	}
}
