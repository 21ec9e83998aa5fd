package org.bigsociety.timebank;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.bigsociety.people.PersonId;
import org.bigsociety.timebank.membership.Member;
import org.bigsociety.timebank.membership.Memberships;
import org.bigsociety.timebank.membership.Memberships.JoinRequest;
import org.bigsociety.timebank.membership.TimeBank;
import org.bigsociety.timebank.membership.TimeBankManagement;
import org.bigsociety.timebank.membership.TimeBankManagement.NewTimeBank;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Small builders for time bank tests: people who can sign in, time banks opened by the demo broker (a broker for
 * Hackney), and members approved into them. Everything is made with unique values.
 */
public final class TimeBankFixtures {

	public static final String HACKNEY = "E09000012";
	public static final String PASSWORD = "correct horse battery";
	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
	private static final Pattern CONFIRM = Pattern.compile("(/register/confirm\\?token=[A-Za-z0-9_-]+)");

	/** Someone who can sign in. */
	public record Someone(PersonId id, String email, String name) {
	}

	private final MockMvc mvc;
	private final JdbcClient jdbc;
	private final TimeBankManagement management;
	private final Memberships memberships;

	public TimeBankFixtures(MockMvc mvc, JdbcClient jdbc, TimeBankManagement management, Memberships memberships) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.management = management;
		this.memberships = memberships;
	}

	public static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	public static RequestPostProcessor fromNewAddress() {
		int n = ADDRESSES.incrementAndGet();
		String address = "10.77." + (n >> 8 & 255) + "." + (n & 255);
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** A confirmed account (names are public by default), living at the postcode. */
	public Someone person(String name, String postcode) throws Exception {
		String email = name.toLowerCase().replaceAll("[^a-z]+", ".") + "." + unique() + "@example.net";
		mvc.perform(post("/register").with(csrf()).with(fromNewAddress())
			.param("name", name)
			.param("email", email)
			.param("password", PASSWORD)
			.param("postcode", postcode)
			.param("agree", "true"));
		String body = jdbc.sql("SELECT body FROM platform.outbox WHERE recipient = :to ORDER BY id DESC LIMIT 1")
			.param("to", email).query(String.class).single();
		Matcher link = CONFIRM.matcher(body);
		if (!link.find()) {
			throw new AssertionError("No confirmation link for " + email);
		}
		mvc.perform(get(link.group(1)));
		return new Someone(new PersonId(personId(email)), email, name);
	}

	public Someone person(String name) throws Exception {
		return person(name, "E8 1DY");
	}

	public long personId(String email) {
		return jdbc.sql("SELECT id FROM people.account WHERE email = :email").param("email", email)
			.query(Long.class).single();
	}

	/** The demo broker: brokers every time bank in Hackney. */
	public Someone broker() {
		String email = "broker@demo.bigsociety.org.uk";
		return new Someone(new PersonId(personId(email)), email, "Demo Broker");
	}

	public Someone demoResident() {
		String email = "resident@demo.bigsociety.org.uk";
		return new Someone(new PersonId(personId(email)), email, "Demo Resident");
	}

	/** A new time bank in Hackney, opened by the demo broker. */
	public TimeBank bank() {
		return management.open(broker().id(), new NewTimeBank("Test Time Bank " + unique(), HACKNEY, "For tests", ""));
	}

	/** A person who has joined the time bank and been approved by the demo broker. */
	public Member member(TimeBank bank, Someone person) {
		Member asked = memberships.askToJoin(bank, person.id(), new JoinRequest("PERSON", "", "To help"));
		return memberships.approve(bank, broker().id(), asked.id());
	}

	/** Signs in and returns the session cookie. */
	public Cookie session(Someone person) throws Exception {
		String password = person.email().endsWith("@demo.bigsociety.org.uk") ? "demo-password" : PASSWORD;
		MvcResult result = mvc.perform(post("/sign-in").with(csrf()).with(fromNewAddress())
			.param("email", person.email())
			.param("password", password)).andReturn();
		if (!"/account".equals(result.getResponse().getRedirectedUrl())) {
			throw new AssertionError("Sign-in failed for " + person.email() + ": " + result.getResponse().getRedirectedUrl());
		}
		return result.getResponse().getCookie("SESSION");
	}

	public long mailCount(Someone person) {
		return jdbc.sql("SELECT count(*) FROM platform.outbox WHERE recipient = :to").param("to", person.email())
			.query(Long.class).single();
	}

	public String latestMail(Someone person) {
		return jdbc.sql("SELECT subject || E'\\n' || body FROM platform.outbox WHERE recipient = :to ORDER BY id DESC LIMIT 1")
			.param("to", person.email()).query(String.class).optional().orElse("");
	}
}
