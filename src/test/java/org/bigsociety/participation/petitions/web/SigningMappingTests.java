package org.bigsociety.participation.petitions.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.bigsociety.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SigningMappingTests {

	@Autowired
	SigningMapping signing;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping main;

	@Test
	void findsTheSigningPostAsTheMainMappingDoes() throws Exception {
		HandlerExecutionChain fast = signing.getHandler(request("POST", "/petitions/123/sign"));
		HandlerExecutionChain usual = main.getHandler(request("POST", "/petitions/123/sign"));

		assertThat(fast).isNotNull();
		assertThat(((HandlerMethod) fast.getHandler()).getMethod())
			.isEqualTo(((HandlerMethod) usual.getHandler()).getMethod());
		assertThat(interceptors(fast)).isEqualTo(interceptors(usual));
	}

	@Test
	void setsThePathVariablesAndPatternAsTheMainMappingDoes() throws Exception {
		MockHttpServletRequest viaFast = request("POST", "/petitions/77/sign");
		MockHttpServletRequest viaMain = request("POST", "/petitions/77/sign");
		signing.getHandler(viaFast);
		main.getHandler(viaMain);

		assertThat(viaFast.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)).isEqualTo(Map.of("id", "77"));
		assertThat(String.valueOf(viaFast.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)))
			.isEqualTo(String.valueOf(viaMain.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)))
			.isEqualTo("/petitions/{id}/sign");
	}

	@Test
	void leavesEverythingElseToTheMainMapping() throws Exception {
		assertThat(signing.getHandler(request("GET", "/petitions/123/sign"))).isNull();
		assertThat(signing.getHandler(request("POST", "/petitions/123/respond"))).isNull();
		assertThat(signing.getHandler(request("POST", "/petitions/new"))).isNull();
		assertThat(signing.getHandler(request("PUT", "/petitions/123/sign"))).isNull();
	}

	private static MockHttpServletRequest request(String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		ServletRequestPathUtils.parseAndCache(request);
		return request;
	}

	private static List<Class<?>> interceptors(HandlerExecutionChain chain) {
		return Arrays.stream(chain.getInterceptors()).<Class<?>>map(Object::getClass).toList();
	}
}
