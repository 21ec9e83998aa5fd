package org.bigsociety.people.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordRulesTests {

	@Test
	void refusesMissingShortLongAndEmailPasswords() {
		assertThat(PasswordRules.problemWith(null, "a@b.org")).hasValue("people.password.missing");
		assertThat(PasswordRules.problemWith("123456789", "a@b.org")).hasValue("people.password.tooShort");
		assertThat(PasswordRules.problemWith("x".repeat(129), "a@b.org")).hasValue("people.password.tooLong");
		assertThat(PasswordRules.problemWith("Someone@Example.org", "someone@example.org")).hasValue("people.password.isEmail");
	}

	@Test
	void acceptsLengthsFromTenToOneHundredAndTwentyEight() {
		assertThat(PasswordRules.problemWith("x".repeat(10), "a@b.org")).isEmpty();
		assertThat(PasswordRules.problemWith("x".repeat(128), "a@b.org")).isEmpty();
	}
}
