package org.bigsociety.groups;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.bigsociety.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Small builders for groups tests: confirmed people who can sign in (made straight in the people module's table, as a
 * test may), their sessions, and requests made as them from their own address.
 */
public final class GroupsFixtures {

	static final String PASSWORD = "groups test password";
	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private final MockMvc mvc;
	private final JdbcClient jdbc;
	private final String passwordHash;

	public GroupsFixtures(MockMvc mvc, JdbcClient jdbc, PasswordEncoder passwords) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.passwordHash = passwords.encode(PASSWORD);
	}

	/** A signed-in neighbour: their id and session. */
	public record Neighbour(PersonId id, String name, Cookie session) {
	}

	/** A confirmed account living at E8 1DY, whose name is public, signed in. */
	public Neighbour neighbour(String name) throws Exception {
		String email = "groups-" + UUID.randomUUID().toString().substring(0, 12) + "@example.net";
		Long area = jdbc.sql("SELECT area_id FROM place.postcodes WHERE postcode = 'E8 1DY'").query(Long.class).single();
		long id = jdbc.sql("""
				INSERT INTO people.account (email, display_name, password_hash, postcode, area_id, email_confirmed_at,
				    created_at)
				VALUES (:email, :name, :hash, 'E8 1DY', :area, :now, :now) RETURNING id""")
			.param("email", email)
			.param("name", name)
			.param("hash", passwordHash)
			.param("area", area)
			.param("now", Timestamp.from(Instant.now()))
			.query(Long.class)
			.single();
		MvcResult result = mvc.perform(post("/sign-in").with(csrf()).with(fromOwnAddress())
			.param("email", email)
			.param("password", PASSWORD)).andReturn();
		if (!"/account".equals(result.getResponse().getRedirectedUrl())) {
			throw new AssertionError("Sign-in failed for " + email);
		}
		return new Neighbour(new PersonId(id), name, result.getResponse().getCookie("SESSION"));
	}

	/** A demo sign-in's session, such as {@code groupadmin}. */
	public Cookie demo(String localPart) throws Exception {
		MvcResult result = mvc.perform(post("/sign-in").with(csrf()).with(fromOwnAddress())
			.param("email", localPart + "@demo.bigsociety.org.uk")
			.param("password", "demo-password")).andReturn();
		return result.getResponse().getCookie("SESSION");
	}

	public static RequestPostProcessor fromOwnAddress() {
		int n = ADDRESSES.incrementAndGet();
		return request -> {
			request.setRemoteAddr("10.77." + (n >> 8 & 255) + "." + (n & 255));
			return request;
		};
	}

	public static MockHttpServletRequestBuilder postAs(Cookie session, String path) {
		return post(path).with(csrf()).with(fromOwnAddress()).cookie(session);
	}

	public static MockHttpServletRequestBuilder getAs(Cookie session, String path) {
		return get(path).with(fromOwnAddress()).cookie(session);
	}

	public static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 6);
	}
}
