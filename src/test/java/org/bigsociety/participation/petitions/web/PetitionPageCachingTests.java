package org.bigsociety.participation.petitions.web;

import jakarta.servlet.http.Cookie;

import org.bigsociety.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A hot petition's page can be answered by a shared cache for as long as its counts are cached: public for people
 * signed out (and the same for all of them: no session, no cookie), never for someone signed in.
 */
@IntegrationTest
class PetitionPageCachingTests {

	@Autowired
	MockMvc mvc;

	@Test
	void signedOutThePageIsPublicForAsLongAsItsCountsAreCached() throws Exception {
		MockHttpServletResponse page = mvc.perform(get("/petitions/1")).andReturn().getResponse();

		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getHeader("Cache-Control")).isEqualTo("max-age=5, public");
		assertThat(page.getHeaders("Vary")).contains("Cookie");
		assertThat(page.getHeader("Set-Cookie")).as("nothing personal in it").isNull();
		assertThat(page.getContentAsString()).doesNotContain("_csrf");
	}

	@Test
	void signedInThePageIsNeverStored() throws Exception {
		Cookie session = mvc.perform(post("/sign-in").with(csrf()).with(request -> {
			request.setRemoteAddr("10.206.1.1"); // its own address, so other tests' sign-ins don't rate-limit it
			return request;
		})
			.param("email", "resident@demo.bigsociety.org.uk")
			.param("password", "demo-password")).andReturn().getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();

		MockHttpServletResponse page = mvc.perform(get("/petitions/1").cookie(session)).andReturn().getResponse();

		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getHeader("Cache-Control")).contains("no-store").doesNotContain("public");
	}

	@Test
	void aPetitionThatIsNotPublicIsNotCachedAsAPage() throws Exception {
		MockHttpServletResponse missing = mvc.perform(get("/petitions/999999999")).andReturn().getResponse();

		assertThat(missing.getStatus()).isEqualTo(404);
		assertThat(String.valueOf(missing.getHeader("Cache-Control"))).doesNotContain("public");
	}
}
