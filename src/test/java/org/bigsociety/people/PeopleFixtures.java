package org.bigsociety.people;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Small builders for people tests: register, read the outbox, confirm, sign in; each from its own address. */
final class PeopleFixtures {

	static final String PASSWORD = "correct horse battery";
	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
	private static final Pattern LINK = Pattern.compile("(/(?:register/confirm|password/reset)\\?token=[A-Za-z0-9_-]+)");

	private final MockMvc mvc;
	private final JdbcClient jdbc;

	PeopleFixtures(MockMvc mvc, JdbcClient jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	static String uniqueEmail() {
		return "person-" + UUID.randomUUID().toString().substring(0, 12) + "@example.net";
	}

	/** A different client address per call, so per-address rate limits do not trip across tests. */
	static RequestPostProcessor fromNewAddress() {
		int n = ADDRESSES.incrementAndGet();
		String address = "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	MvcResult register(String name, String email, String password) throws Exception {
		return mvc.perform(post("/register").with(csrf()).with(fromNewAddress())
			.param("name", name)
			.param("email", email)
			.param("password", password)
			.param("postcode", "e81dy")
			.param("agree", "true")).andReturn();
	}

	long mailCount(String email) {
		return jdbc.sql("SELECT count(*) FROM platform.outbox WHERE recipient = :to").param("to", email)
			.query(Long.class).single();
	}

	String latestMail(String email) {
		return jdbc.sql("SELECT body FROM platform.outbox WHERE recipient = :to ORDER BY id DESC LIMIT 1")
			.param("to", email).query(String.class).single();
	}

	String latestSubject(String email) {
		return jdbc.sql("SELECT subject FROM platform.outbox WHERE recipient = :to ORDER BY id DESC LIMIT 1")
			.param("to", email).query(String.class).single();
	}

	/** The path and query of the link in the latest mail to this address. */
	String linkIn(String email) {
		Matcher matcher = LINK.matcher(latestMail(email));
		if (!matcher.find()) {
			throw new AssertionError("No link in the latest mail to " + email);
		}
		return matcher.group(1);
	}

	/** A confirmed account that can sign in with {@link #PASSWORD}. */
	long confirmedPerson(String email) throws Exception {
		register("Test Person", email, PASSWORD);
		mvc.perform(get(linkIn(email))).andExpect(status().is3xxRedirection());
		return personId(email);
	}

	long personId(String email) {
		return jdbc.sql("SELECT id FROM people.account WHERE email = :email AND deleted_at IS NULL")
			.param("email", email).query(Long.class).single();
	}

	MvcResult signIn(String email, String password) throws Exception {
		return mvc.perform(post("/sign-in").with(csrf()).with(fromNewAddress())
			.param("email", email)
			.param("password", password)).andReturn();
	}

	/** Signs in and returns the session cookie, for further requests as this person. */
	Cookie session(String email, String password) throws Exception {
		MvcResult result = signIn(email, password);
		if (!"/account".equals(result.getResponse().getRedirectedUrl())) {
			throw new AssertionError("Sign-in failed: " + result.getResponse().getRedirectedUrl());
		}
		return result.getResponse().getCookie("SESSION");
	}
}
