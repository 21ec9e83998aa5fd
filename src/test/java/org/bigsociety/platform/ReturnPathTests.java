package org.bigsociety.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a sign-in may send a person back to: pages of this site only. */
class ReturnPathTests {

	@Test
	void returnsToPagesOfThisSite() {
		assertThat(Navigation.returnPath("/petitions/3")).contains("/petitions/3");
		assertThat(Navigation.returnPath("/petitions?page=2&q=trees")).contains("/petitions?page=2&q=trees");
		assertThat(Navigation.returnPath("/consultations/1/paragraphs/4#comment")).isPresent();
		assertThat(Navigation.returnPath("/")).contains("/");
	}

	@Test
	void neverReturnsToAnotherSiteOrAnythingOdd() {
		for (String other : new String[] { null, "", "petitions", "//evil.example", "/\\evil.example",
				"https://evil.example/", "javascript:alert(1)", "/a b", "/a\r\nLocation: //evil.example", "/a\tb",
				"/%zz", "/" + "a".repeat(Navigation.MAX_RETURN_PATH) }) {
			assertThat(Navigation.returnPath(other)).as(String.valueOf(other)).isEmpty();
		}
	}

	@Test
	void neverReturnsToThePagesAboutSigningIn() {
		for (String account : new String[] { "/sign-in", "/sign-in?error", "/sign-out", "/register",
				"/register/sent", "/password/forgotten" }) {
			assertThat(Navigation.returnPath(account)).as(account).isEmpty();
		}
		assertThat(Navigation.returnPath("/registers-of-interest")).isPresent();
	}
}
