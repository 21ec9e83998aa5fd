package org.bigsociety.people.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bigsociety.people.PersonId;
import org.bigsociety.platform.BearerTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the API: {@code bs_} and 32 random bytes, shown once when created; only their SHA-256 is
 * stored, with a short prefix so people can tell them apart.
 */
@Service
public class AccessTokens implements BearerTokens {

	static final String PREFIX = "bs_";

	/** A token as the list shows it: never the token itself. */
	public record Listed(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
	}

	/** A token just created: the one moment its value is known. */
	public record Created(long id, String name, String token) {
	}

	private final JdbcClient jdbc;
	private final Accounts accounts;
	private final RoleGrants grants;
	private final Clock clock;

	AccessTokens(JdbcClient jdbc, Accounts accounts, RoleGrants grants, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.grants = grants;
		this.clock = clock;
	}

	/** The message key of what is wrong with a token name, if anything. */
	public static Optional<String> problemWithName(String name) {
		if (name == null || name.isBlank()) {
			return Optional.of("people.tokens.name.missing");
		}
		if (name.trim().length() > 60) {
			return Optional.of("people.tokens.name.tooLong");
		}
		return Optional.empty();
	}

	@Transactional
	public Created create(PersonId person, String name) {
		problemWithName(name).ifPresent(problem -> {
			throw new IllegalArgumentException(problem);
		});
		String token = PREFIX + Secrets.random();
		long id = jdbc.sql("""
				INSERT INTO people.access_token (person_id, name, token_hash, prefix, created_at)
				VALUES (:person, :name, :hash, :prefix, :now) RETURNING id""")
			.param("person", person.value())
			.param("name", name.trim())
			.param("hash", Secrets.sha256(token))
			.param("prefix", token.substring(0, 8))
			.param("now", Accounts.timestamp(clock.instant()))
			.query(Long.class)
			.single();
		return new Created(id, name.trim(), token);
	}

	public List<Listed> of(PersonId person) {
		return jdbc.sql("""
				SELECT id, name, prefix, created_at, last_used_at, revoked_at FROM people.access_token
				WHERE person_id = :person ORDER BY revoked_at IS NOT NULL, created_at DESC, id DESC""")
			.param("person", person.value())
			.query((rs, n) -> new Listed(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"),
					Accounts.instant(rs, "created_at"), Accounts.instant(rs, "last_used_at"),
					Accounts.instant(rs, "revoked_at")))
			.list();
	}

	/** Revokes one of the person's own tokens; false if they have no such token (someone else's counts as none). */
	@Transactional
	public boolean revoke(PersonId person, long tokenId) {
		return jdbc.sql("""
				UPDATE people.access_token SET revoked_at = coalesce(revoked_at, :now)
				WHERE id = :id AND person_id = :person""")
			.param("now", Accounts.timestamp(clock.instant()))
			.param("id", tokenId)
			.param("person", person.value())
			.update() == 1;
	}

	void revokeAll(PersonId person) {
		jdbc.sql("UPDATE people.access_token SET revoked_at = :now WHERE person_id = :person AND revoked_at IS NULL")
			.param("now", Accounts.timestamp(clock.instant()))
			.param("person", person.value())
			.update();
	}

	@Override
	@Transactional
	public Optional<Authentication> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		Optional<Long> person = jdbc.sql("""
				UPDATE people.access_token SET last_used_at = :now
				WHERE token_hash = :hash AND revoked_at IS NULL RETURNING person_id""")
			.param("now", Accounts.timestamp(clock.instant()))
			.param("hash", Secrets.sha256(token))
			.query(Long.class)
			.optional();
		return person.flatMap(id -> accounts.find(new PersonId(id)))
			.filter(account -> !account.deleted())
			.map(account -> {
				PersonPrincipal principal = new PersonPrincipal(account.id().value(), account.email(),
						account.displayName(), null, true, grants.authorities(account));
				return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
			});
	}
}
