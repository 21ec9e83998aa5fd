package org.bigsociety.people.account;

import java.time.Instant;

import org.bigsociety.people.PersonId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccessTokenTests {

	static final Instant CREATED = Instant.parse("2026-11-23T09:00:00Z");

	@Test
	void keepsOnlyTheHashAndAPrefixOfTheToken() {
		AccessToken token = AccessToken.issue(new PersonId(7), "my spreadsheet", "bs_secretsecretsecret", CREATED);
		assertThat(token.prefix()).isEqualTo("bs_secre");
		assertThat(token.tokenHash()).isEqualTo(Secrets.sha256("bs_secretsecretsecret"))
			.doesNotContain("secretsecret");
		assertThat(token.belongsTo(new PersonId(7))).isTrue();
		assertThat(token.belongsTo(new PersonId(8))).isFalse();
	}

	@Test
	void revokingTwiceKeepsTheFirstTime() {
		AccessToken token = new AccessToken(1L, 7, "my spreadsheet", "hash", "bs_secre", CREATED, null, null);
		token.revoke(CREATED.plusSeconds(60));
		token.revoke(CREATED.plusSeconds(120));
		assertThat(token.revoked()).isTrue();
		assertThat(token.listed().revokedAt()).isEqualTo(CREATED.plusSeconds(60));
	}
}
