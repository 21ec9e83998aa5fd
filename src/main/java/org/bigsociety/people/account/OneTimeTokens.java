package org.bigsociety.people.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.bigsociety.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Single-use, expiring links sent by email. Only the SHA-256 of each token is stored. */
@Repository
class OneTimeTokens {

	enum Purpose {
		CONFIRM_EMAIL, RESET_PASSWORD
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	OneTimeTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Issues a token and returns it: the only time it exists outside the email. */
	String issue(PersonId person, Purpose purpose, Duration lifetime) {
		String token = Secrets.random();
		jdbc.sql("""
				INSERT INTO people.one_time_token (token_hash, person_id, purpose, expires_at)
				VALUES (:hash, :person, :purpose, :expires)""")
			.param("hash", Secrets.sha256(token))
			.param("person", person.value())
			.param("purpose", purpose.name())
			.param("expires", Accounts.timestamp(clock.instant().plus(lifetime)))
			.update();
		return token;
	}

	/** The person a usable (unused, unexpired) token belongs to, without using it. */
	Optional<PersonId> check(String token, Purpose purpose) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("""
				SELECT person_id FROM people.one_time_token
				WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now""")
			.param("hash", Secrets.sha256(token))
			.param("purpose", purpose.name())
			.param("now", Accounts.timestamp(clock.instant()))
			.query(Long.class)
			.optional()
			.map(PersonId::new);
	}

	/** Uses the token if it is usable, atomically, so two clicks cannot both succeed. */
	Optional<PersonId> use(String token, Purpose purpose) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		return jdbc.sql("""
				UPDATE people.one_time_token SET used_at = :now
				WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now
				RETURNING person_id""")
			.param("hash", Secrets.sha256(token))
			.param("purpose", purpose.name())
			.param("now", Accounts.timestamp(now))
			.query(Long.class)
			.optional()
			.map(PersonId::new);
	}

	/** Makes every outstanding token of this person unusable, such as other reset links once one has been used. */
	void useAll(PersonId person, Purpose purpose) {
		jdbc.sql("""
				UPDATE people.one_time_token SET used_at = :now
				WHERE person_id = :person AND purpose = :purpose AND used_at IS NULL""")
			.param("now", Accounts.timestamp(clock.instant()))
			.param("person", person.value())
			.param("purpose", purpose.name())
			.update();
	}
}
