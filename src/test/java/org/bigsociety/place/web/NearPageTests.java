package org.bigsociety.place.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.bigsociety.IntegrationTest;
import org.bigsociety.place.Doorstep;
import org.bigsociety.place.DoorstepSection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class NearPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DefaultListableBeanFactory beans;

	private Document page(String path, int status) throws Exception {
		return page(get(path), status);
	}

	private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
		String html = mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	@Test
	void knownPostcodeRedirectsToItsPage() throws Exception {
		mvc.perform(get("/near").param("postcode", "e81dy"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/near/E81DY"));
	}

	@Test
	void malformedPostcodeReRendersTheHomePageWithTheError() throws Exception {
		long postcodes = count("place.postcodes");
		long areas = count("place.areas");

		Document home = page("/near?postcode=hello", 400);

		assertThat(count("place.postcodes")).isEqualTo(postcodes);
		assertThat(count("place.areas")).isEqualTo(areas);
		assertThat(home.select(".govuk-error-summary").text()).contains("Enter a real postcode, like E8 1DY");
		assertThat(home.select(".govuk-error-summary a").attr("href")).isEqualTo("#postcode");
		assertThat(home.select("#postcode-error").text()).contains("Enter a real postcode, like E8 1DY");
		assertThat(home.select("input#postcode").val()).isEqualTo("hello");
		assertThat(home.select("h1").text()).isEqualTo("What is happening on your doorstep?");
	}

	@Test
	void blankPostcodeAsksForOne() throws Exception {
		Document home = page("/near?postcode=", 400);
		assertThat(home.select("#postcode-error").text()).contains("Enter a postcode");
	}

	@Test
	void unknownPostcodeReRendersTheHomePageSayingSo() throws Exception {
		Document home = page(get("/near").param("postcode", "e1 9zz"), 404);
		assertThat(home.select("#postcode-error").text())
			.contains("We could not find E1 9ZZ. Check it is right, or try a nearby postcode.");
		assertThat(home.select("input#postcode").val()).isEqualTo("e1 9zz");
	}

	@Test
	void showsWhereThePostcodeIs() throws Exception {
		Document near = page("/near/E81DY", 200);
		assertThat(near.select("h1").text()).isEqualTo("Near E8 1DY");
		assertThat(near.title()).startsWith("Near E8 1DY");
		assertThat(near.select(".govuk-summary-list__key").eachText())
			.containsExactly("Ward", "Local authority", "Region", "Nation");
		assertThat(near.select(".govuk-summary-list__value").eachText())
			.containsExactly("Hackney Central", "Hackney", "London", "England");
		assertThat(near.select("a[href=/]").eachText()).contains("Search another postcode");
		assertThat(near.select(".govuk-summary-list__value a").attr("href")).matches("/places/\\d+");
		// The placeholder stands in for the modules' sections only while no module has one.
		assertThat(near.select("p").eachText().contains(
				"Time banks, local groups, events and petitions near you will appear here."))
			.isEqualTo(beans.getBeansOfType(DoorstepSection.class).isEmpty());
	}

	@Test
	void showsEachModulesSectionInOrderWithItsModelAndLeavesOutOneThatFails() throws Exception {
		section("placeTestSecond", 20, doorstep -> Map.of("heading", "Second", "ward", doorstep.smallest().name()));
		section("placeTestFirst", 10, doorstep -> Map.of("heading", "First", "ward", doorstep.smallest().name()));
		section("placeTestBroken", 15, doorstep -> {
			throw new IllegalStateException("this module's query failed");
		});
		try {
			Document near = page("/near/E81DY", 200);

			assertThat(near.select(".test-doorstep-section h2").eachText()).containsExactly("First", "Second");
			assertThat(near.select(".test-ward").eachText()).containsExactly("Hackney Central", "Hackney Central");
			assertThat(near.select(".test-short-name").eachText()).containsExactly("First", "Second");
			assertThat(near.select("p").eachText())
				.doesNotContain("Time banks, local groups, events and petitions near you will appear here.");
		}
		finally {
			for (String name : List.of("placeTestFirst", "placeTestSecond", "placeTestBroken")) {
				beans.destroySingleton(name);
			}
		}
	}

	/**
	 * Adds a section to the running application for one test, instead of a test configuration that would start a
	 * second application context.
	 */
	private void section(String name, int order, Function<Doorstep, Map<String, Object>> model) {
		beans.registerSingleton(name, new DoorstepSection() {

			@Override
			public int order() {
				return order;
			}

			@Override
			public String fragment() {
				return "place-test/doorstep :: section";
			}

			@Override
			public Map<String, Object> model(Doorstep doorstep) {
				return model.apply(doorstep);
			}
		});
	}

	private long count(String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	@Test
	void unknownOrMalformedPostcodeInTheAddressShowsTheHomePageWithTheError() throws Exception {
		assertThat(page("/near/E19ZZ", 404).select("#postcode-error").text()).contains("We could not find E1 9ZZ");
		assertThat(page("/near/hello", 400).select("#postcode-error").text()).contains("Enter a real postcode");
	}

	@Test
	void addressInAnotherFormRedirectsToTheCompactOne() throws Exception {
		mvc.perform(get("/near/{postcode}", "e8 1dy"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/near/E81DY"));
	}
}
