package org.bigsociety;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ApplicationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void servesTheHomePageWithItsOwnNameAndAStrictContentSecurityPolicy() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("What is happening on your doorstep?")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("GOV.UK"))))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@LocalServerPort
	int port;

	// Error pages are the servlet container's forward to /error, so these go over real HTTP.
	@Test
	void unknownPageIsAFriendly404() throws Exception {
		HttpResponse<String> response = http("/no-such-page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found").contains("Go to the home page");
	}

	@Test
	void unknownApiPathIsProblemJson() throws Exception {
		HttpResponse<String> response = http("/api/v1/no-such-thing");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":404");
	}

	private HttpResponse<String> http(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void footerPagesExist() throws Exception {
		for (String page : new String[] { "/accessibility", "/privacy", "/cookies", "/open-data" }) {
			mvc.perform(get(page)).andExpect(status().isOk());
		}
	}

	@Test
	void healthIsUp() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void openApiDescriptionIsPublished() throws Exception {
		mvc.perform(get("/api/openapi.json")).andExpect(status().isOk()).andExpect(jsonPath("$.openapi").exists());
	}
}
