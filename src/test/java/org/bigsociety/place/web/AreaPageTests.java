package org.bigsociety.place.web;

import org.bigsociety.IntegrationTest;
import org.bigsociety.place.Area;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AreaPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Places places;

	private Document page(String path, int status) throws Exception {
		return Jsoup.parse(mvc.perform(get(path)).andExpect(status().is(status)).andReturn().getResponse()
			.getContentAsString());
	}

	@Test
	void showsWhereAnAreaSitsAndWhatIsInsideIt() throws Exception {
		Area hackney = places.byGssCode(new GssCode("E09000012")).orElseThrow();

		Document page = page("/places/" + hackney.id(), 200);

		assertThat(page.select("h1").text()).isEqualTo("Hackney");
		assertThat(page.select(".govuk-caption-l").text()).isEqualTo("Local authority");
		assertThat(page.select(".govuk-breadcrumbs__link").eachText()).containsExactly("England", "London");
		assertThat(page.select(".govuk-summary-list__value").eachText()).contains("E09000012");
		assertThat(page.select(".govuk-table__body .govuk-table__row")).hasSize(21);
		assertThat(page.select(".govuk-table__body a").eachText()).contains("Hackney Central", "Woodberry Down");
	}

	@Test
	void saysWhenNothingSmallerIsRecorded() throws Exception {
		Area ward = places.byGssCode(new GssCode("E05009367")).orElseThrow();
		Document page = page("/places/" + ward.id(), 200);
		assertThat(page.select(".govuk-breadcrumbs__link").eachText())
			.containsExactly("England", "London", "Hackney");
		assertThat(page.text()).contains("No smaller areas are recorded in Brownswood yet.");
	}

	@Test
	void unknownAreaIsNotFound() throws Exception {
		page("/places/" + Long.MAX_VALUE, 404);
		page("/places/0", 404);
		page("/places/-3", 404);
		page("/places/hackney", 404);
	}
}
