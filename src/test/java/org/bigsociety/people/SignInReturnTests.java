package org.bigsociety.people;

import java.util.concurrent.atomic.AtomicInteger;

import org.bigsociety.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * "Sign in to comment" brings the person back to the page they were on: the link names the page, the sign-in form
 * carries it, and a successful sign-in (or a failed one, to try again) keeps it. Another site is never returned to.
 */
@IntegrationTest
class SignInReturnTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Test
	void aPageLinksToTheSignInThatReturnsToIt() throws Exception {
		// The demo's open ideas call (IdeasDemo.WINTER), whose "Sign in to take part" comes back to it.
		String page = mvc.perform(get("/ideas/2?tab=ideas")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("href=\"/sign-in?continue=%2Fideas%2F2%3Ftab%3Dideas\"");
		// The header's link goes to the sign-in page and on to the account, as before.
		assertThat(page).contains("href=\"/sign-in\"");
		String signIn = mvc.perform(get("/sign-in").param("continue", "/petitions?page=1"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(signIn).contains("<input type=\"hidden\" name=\"continue\" value=\"/petitions?page=1\">");
		// The sign-in page's own link does not return to the sign-in page.
		assertThat(signIn).doesNotContain("continue=%2Fsign-in");
	}

	@Test
	void signingInReturnsToThePageNamed() throws Exception {
		assertThat(signIn("demo-password", "/consultations").getResponse().getRedirectedUrl()).isEqualTo("/consultations");
		assertThat(signIn("demo-password", null).getResponse().getRedirectedUrl()).isEqualTo("/account");
	}

	@Test
	void neverReturnsToAnotherSite() throws Exception {
		for (String elsewhere : new String[] { "//evil.example/", "https://evil.example/", "/\\evil.example",
				"/sign-out" }) {
			assertThat(signIn("demo-password", elsewhere).getResponse().getRedirectedUrl()).as(elsewhere)
				.isEqualTo("/account");
		}
		assertThat(mvc.perform(get("/sign-in").param("continue", "//evil.example/"))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("name=\"continue\"");
	}

	@Test
	void aWrongPasswordKeepsThePageForTheNextTry() throws Exception {
		assertThat(signIn("wrong-password", "/ideas").getResponse().getRedirectedUrl())
			.isEqualTo("/sign-in?error&continue=%2Fideas");
		assertThat(signIn("wrong-password", "https://evil.example/").getResponse().getRedirectedUrl())
			.isEqualTo("/sign-in?error");
	}

	private org.springframework.test.web.servlet.MvcResult signIn(String password, String back) throws Exception {
		var request = post("/sign-in").with(csrf()).with(newAddress())
			.param("email", "resident@demo.bigsociety.org.uk")
			.param("password", password);
		if (back != null) {
			request.param("continue", back);
		}
		return mvc.perform(request).andReturn();
	}

	private static RequestPostProcessor newAddress() {
		int n = ADDRESSES.incrementAndGet();
		return request -> {
			request.setRemoteAddr("10.78." + (n >> 8 & 255) + "." + (n & 255));
			return request;
		};
	}
}
