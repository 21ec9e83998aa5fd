package org.bigsociety.action;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Signs demo people in through the real sign-in form, each time from a new client address (rate limits). */
final class SignedIn {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private SignedIn() {
	}

	/** The session cookie of a demo sign-in, such as {@code organiser}. */
	static Cookie as(MockMvc mvc, String localPart) throws Exception {
		MvcResult result = mvc.perform(post("/sign-in").with(csrf()).with(newAddress())
			.param("email", localPart + "@demo.bigsociety.org.uk")
			.param("password", "demo-password")).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as("sign-in of " + localPart).isEqualTo("/account");
		return result.getResponse().getCookie("SESSION");
	}

	static RequestPostProcessor newAddress() {
		int n = ADDRESSES.incrementAndGet();
		return request -> {
			request.setRemoteAddr("10.77." + (n >> 8 & 255) + "." + (n & 255));
			return request;
		};
	}
}
