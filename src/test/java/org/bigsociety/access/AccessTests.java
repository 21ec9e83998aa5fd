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
import org.bigsociety.access.ModuleEndpoints.Endpoint;
import org.bigsociety.access.ModuleEndpoints.Visitor;
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
 * handler mapping in the application must be listed in a module's {@link ModuleEndpoints} class in this package: a
 * new endpoint without an access rule fails {@link #everyEndpointHasAnAccessRule()}.
 */
@IntegrationTest
class AccessTests {

	/** Every module's endpoints, gathered from the {@link ModuleEndpoints} classes in this package. */
	static final List<Endpoint> ENDPOINTS = ModuleEndpoints.all();

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

		boolean allowed = endpoint.access().allows(visitor);
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
