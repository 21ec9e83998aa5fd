package org.bigsociety.access;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.bigsociety.IntegrationTest;
import org.bigsociety.platform.RateLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Walks every page and API endpoint as every role and as an anonymous visitor, and asserts who gets what. Every
 * handler mapping in the application must be listed in {@link #ENDPOINTS}: a new endpoint without an access rule
 * fails {@link #everyEndpointHasAnAccessRule()}.
 */
@IntegrationTest
class AccessTests {

	/** Who is asking: nobody signed in, or one of the demo sign-ins (password {@code demo-password}). */
	enum Visitor {
		ANONYMOUS(null), RESIDENT("resident"), ORGANISER("organiser"), BROKER("broker"), GROUP_ADMIN("groupadmin"),
		OFFICER("officer"), MODERATOR("moderator"), ADMINISTRATOR("admin");

		final String email;

		Visitor(String name) {
			this.email = name == null ? null : name + "@demo.bigsociety.org.uk";
		}
	}

	/** Who may use an endpoint. */
	enum Access {
		/** Everyone, signed in or not. */
		PUBLIC,
		/** Only people signed in (pages send others to sign in; the API answers 401). */
		SIGNED_IN,
		/** Only administrators (others get 403). */
		ADMINISTRATOR,
		/** Only visitors who are not signed in would use it (sign-in and registration pages); open to all. */
		OPEN_FORM
	}

	/**
	 * @param pattern the mapping as Spring knows it
	 * @param example a concrete address to call (for GET) or post to (for POST)
	 */
	record Endpoint(RequestMethod method, String pattern, String example, Access access) {

		String key() {
			return method + " " + pattern;
		}
	}

	static Endpoint get_(String pattern, String example, Access access) {
		return new Endpoint(RequestMethod.GET, pattern, example, access);
	}

	static Endpoint get_(String pattern, Access access) {
		return get_(pattern, pattern, access);
	}

	static Endpoint post_(String pattern, String example, Access access) {
		return new Endpoint(RequestMethod.POST, pattern, example, access);
	}

	static final List<Endpoint> ENDPOINTS = List.of(
			// platform
			get_("/", Access.PUBLIC), get_("/accessibility", Access.PUBLIC), get_("/privacy", Access.PUBLIC),
			get_("/cookies", Access.PUBLIC), get_("/open-data", Access.PUBLIC),
			get_("/admin/outbox", Access.ADMINISTRATOR),
			get_("/error", Access.PUBLIC),
			get_("/api/openapi.json", Access.PUBLIC), get_("/api/openapi.json.yaml", Access.PUBLIC),
			// place
			get_("/near", "/near?postcode=E81DY", Access.PUBLIC), get_("/near/{postcode}", "/near/E81DY", Access.PUBLIC),
			get_("/api/v1/places/postcodes/{postcode}", "/api/v1/places/postcodes/E81DY", Access.PUBLIC),
			get_("/api/v1/places/areas/{id}", "/api/v1/places/areas/1", Access.PUBLIC),
			get_("/places/{id}", "/places/1", Access.PUBLIC),
			// record
			get_("/record", Access.PUBLIC), get_("/record/{seq}", "/record/999999999", Access.PUBLIC),
			get_("/record/verification", Access.PUBLIC),
			get_("/api/v1/record", Access.PUBLIC), get_("/api/v1/record/verify", Access.PUBLIC),
			get_("/api/v1/record/{seq}", "/api/v1/record/999999999", Access.PUBLIC),
			// people: signing up and in
			get_("/register", Access.OPEN_FORM), post_("/register", "/register", Access.OPEN_FORM),
			get_("/register/sent", Access.OPEN_FORM),
			get_("/register/confirm", "/register/confirm?token=not-a-real-token", Access.OPEN_FORM),
			get_("/sign-in", Access.OPEN_FORM),
			get_("/password/forgotten", Access.OPEN_FORM),
			post_("/password/forgotten", "/password/forgotten", Access.OPEN_FORM),
			get_("/password/sent", Access.OPEN_FORM),
			get_("/password/reset", "/password/reset?token=not-a-real-token", Access.OPEN_FORM),
			post_("/password/reset", "/password/reset", Access.OPEN_FORM),
			get_("/account-deleted", Access.PUBLIC),
			// people: your own account (posts here carry no valid form, so they change nothing)
			get_("/account", Access.SIGNED_IN), get_("/account/profile", Access.SIGNED_IN),
			post_("/account/profile", "/account/profile", Access.SIGNED_IN),
			get_("/account/tokens", Access.SIGNED_IN), post_("/account/tokens", "/account/tokens", Access.SIGNED_IN),
			post_("/account/tokens/{id}/revoke", "/account/tokens/999999999/revoke", Access.SIGNED_IN),
			get_("/account/export", Access.SIGNED_IN),
			get_("/account/delete", Access.SIGNED_IN), post_("/account/delete", "/account/delete", Access.SIGNED_IN),
			get_("/api/v1/me", Access.SIGNED_IN),
			// people: administration
			get_("/admin", Access.ADMINISTRATOR), get_("/admin/people", Access.ADMINISTRATOR),
			get_("/admin/people/{id}", "/admin/people/1", Access.ADMINISTRATOR),
			post_("/admin/people/{id}/roles", "/admin/people/999999999/roles", Access.ADMINISTRATOR),
			post_("/admin/people/{id}/roles/{grant}/revoke", "/admin/people/999999999/roles/999999999/revoke",
					Access.ADMINISTRATOR));

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	RateLimits rateLimits;

	@BeforeEach
	@AfterEach
	void freshAllowances() {
		rateLimits.reset();
	}

	@Test
	void everyEndpointHasAnAccessRule() {
		Set<String> listed = new TreeSet<>();
		ENDPOINTS.forEach(endpoint -> listed.add(endpoint.key()));
		Set<String> mapped = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					mapped.add(RequestMethod.GET + " " + pattern);
				}
				methods.forEach(method -> mapped.add(method + " " + pattern));
			}
		}
		assertThat(listed).as("endpoints listed in AccessTests.ENDPOINTS").containsExactlyInAnyOrderElementsOf(mapped);
	}

	@TestFactory
	Stream<DynamicTest> everyPageAndEndpointAnswersEachVisitorAsItsRuleSays() throws Exception {
		Map<Visitor, Cookie> sessions = signInEveryone();
		List<DynamicTest> tests = new ArrayList<>();
		for (Endpoint endpoint : ENDPOINTS) {
			for (Visitor visitor : Visitor.values()) {
				tests.add(DynamicTest.dynamicTest(endpoint.key() + " as " + visitor,
						() -> assertAnswer(endpoint, visitor, sessions.get(visitor))));
			}
		}
		return tests.stream();
	}

	private void assertAnswer(Endpoint endpoint, Visitor visitor, Cookie session) throws Exception {
		MockHttpServletRequestBuilder request = endpoint.method() == RequestMethod.GET ? get(endpoint.example())
				: post(endpoint.example()).with(csrf());
		request.with(fromItsOwnAddress());
		if (session != null) {
			request.cookie(session);
		}
		MvcResult result = mvc.perform(request).andReturn();
		int status = result.getResponse().getStatus();
		String location = String.valueOf(result.getResponse().getRedirectedUrl());
		boolean api = endpoint.example().startsWith("/api/");
		boolean sentToSignIn = status == 302 && location.contains("/sign-in");
		String what = endpoint.key() + " as " + visitor + " answered " + status + " " + location;

		boolean allowed = switch (endpoint.access()) {
			case PUBLIC, OPEN_FORM -> true;
			case SIGNED_IN -> visitor != Visitor.ANONYMOUS;
			case ADMINISTRATOR -> visitor == Visitor.ADMINISTRATOR;
		};
		if (allowed) {
			assertThat(status).as(what).isNotIn(401, 403).isLessThan(500);
			assertThat(sentToSignIn).as(what).isFalse();
		}
		else if (visitor == Visitor.ANONYMOUS) {
			if (api) {
				assertThat(status).as(what).isEqualTo(401);
			}
			else {
				assertThat(sentToSignIn).as(what).isTrue();
			}
		}
		else {
			assertThat(status).as(what).isEqualTo(403);
		}
	}

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	/** Each request from its own client address, so per-address rate limits measure nothing here. */
	private static RequestPostProcessor fromItsOwnAddress() {
		int n = ADDRESSES.incrementAndGet();
		return request -> {
			request.setRemoteAddr("10.200." + (n >> 8 & 255) + "." + (n & 255));
			return request;
		};
	}

	private Map<Visitor, Cookie> signInEveryone() throws Exception {
		Map<Visitor, Cookie> sessions = new EnumMap<>(Visitor.class);
		for (Visitor visitor : Visitor.values()) {
			if (visitor.email == null) {
				continue;
			}
			MvcResult result = mvc.perform(post("/sign-in").with(csrf()).with(fromItsOwnAddress())
				.param("email", visitor.email)
				.param("password", "demo-password")).andReturn();
			assertThat(result.getResponse().getRedirectedUrl()).as("demo sign-in for " + visitor)
				.isEqualTo("/account");
			sessions.put(visitor, result.getResponse().getCookie("SESSION"));
		}
		return sessions;
	}
}
