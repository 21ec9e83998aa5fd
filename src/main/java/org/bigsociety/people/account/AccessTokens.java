package org.bigsociety.people.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
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
	private final AccessTokenRepository tokens;
	private final Accounts accounts;
	private final RoleGrants grants;
	private final Clock clock;

	AccessTokens(JdbcClient jdbc, AccessTokenRepository tokens, Accounts accounts, RoleGrants grants, Clock clock) {
		this.jdbc = jdbc;
		this.tokens = tokens;
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
		long id = tokens.save(AccessToken.issue(person, name.trim(), token, clock.instant())).id();
		return new Created(id, name.trim(), token);
	}

	/** The person's tokens, live ones first, newest first. */
	public List<Listed> of(PersonId person) {
		return tokens.findByPersonId(person.value()).stream()
			.sorted(Comparator.comparing(AccessToken::revoked)
				.thenComparing(AccessToken::createdAt, Comparator.reverseOrder())
				.thenComparing(AccessToken::id, Comparator.reverseOrder()))
			.map(AccessToken::listed)
			.toList();
	}

	/** Revokes one of the person's own tokens; false if they have no such token (someone else's counts as none). */
	@Transactional
	public boolean revoke(PersonId person, long tokenId) {
		Optional<AccessToken> token = tokens.findById(tokenId).filter(t -> t.belongsTo(person));
		token.ifPresent(t -> {
			t.revoke(clock.instant());
			tokens.save(t);
		});
		return token.isPresent();
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
