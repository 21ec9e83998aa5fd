package org.bigsociety.people.account;

import java.time.Instant;

import org.bigsociety.people.PersonId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A personal access token: an aggregate stored with Spring Data JDBC. It keeps only the SHA-256 of the token and a
 * short prefix; the token itself exists only in the response that created it.
 */
@Table(schema = "people", name = "access_token")
class AccessToken {

	@Id
	private Long id;
	private final long personId;
	private final String name;
	private final String tokenHash;
	private final String prefix;
	private final Instant createdAt;
	private Instant lastUsedAt;
	private Instant revokedAt;

	@PersistenceCreator
	AccessToken(Long id, long personId, String name, String tokenHash, String prefix, Instant createdAt,
			Instant lastUsedAt, Instant revokedAt) {
		this.id = id;
		this.personId = personId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.prefix = prefix;
		this.createdAt = createdAt;
		this.lastUsedAt = lastUsedAt;
		this.revokedAt = revokedAt;
	}

	/** A new token for the person, named so they can tell it apart; {@code token} is hashed, never stored. */
	static AccessToken issue(PersonId person, String name, String token, Instant now) {
		return new AccessToken(null, person.value(), name, Secrets.sha256(token), token.substring(0, 8), now, null,
				null);
	}

	boolean belongsTo(PersonId person) {
		return personId == person.value();
	}

	/** Revokes the token; revoking one already revoked keeps the first time. */
	void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	AccessTokens.Listed listed() {
		return new AccessTokens.Listed(id, name, prefix, createdAt, lastUsedAt, revokedAt);
	}

	Long id() {
		return id;
	}

	String name() {
		return name;
	}

	String prefix() {
		return prefix;
	}

	String tokenHash() {
		return tokenHash;
	}

	Instant createdAt() {
		return createdAt;
	}

	boolean revoked() {
		return revokedAt != null;
	}
}
