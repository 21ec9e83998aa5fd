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
		AccessTokens.Listed listed = token.listed();
		assertThat(listed.prefix()).isEqualTo("bs_secre");
		assertThat(listed.toString()).doesNotContain("bs_secretsecretsecret");
		assertThat(token.belongsTo(new PersonId(7))).isTrue();
		assertThat(token.belongsTo(new PersonId(8))).isFalse();
	}

	@Test
	void revokingTwiceKeepsTheFirstTime() {
		AccessToken token = AccessToken.issue(new PersonId(7), "my spreadsheet", "bs_secretsecretsecret", CREATED);
		token.revoke(CREATED.plusSeconds(60));
		token.revoke(CREATED.plusSeconds(120));
		assertThat(token.revoked()).isTrue();
		assertThat(token.listed().revokedAt()).isEqualTo(CREATED.plusSeconds(60));
	}
}
