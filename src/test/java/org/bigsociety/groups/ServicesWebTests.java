package org.bigsociety.groups;

import java.net.URI;
import java.util.UUID;

import org.bigsociety.IntegrationTest;
import org.bigsociety.groups.directory.ServiceDirectory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The directory's pages: searching by words, type, place, day and time and age; a service's page; the doorstep. */
@IntegrationTest
class ServicesWebTests {

	static final UUID PANTRY = ServiceDirectory.nameId("demo-service:food-pantry");

	@Autowired
	MockMvc mvc;

	@Autowired
	ServiceDirectory directory;

	Document page(String path, int status) throws Exception {
		MvcResult result = mvc.perform(get(URI.create(path))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(status);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	@Test
	void findsServicesByNeedAndShowsThemNearestFirstFromAPostcode() throws Exception {
		Document found = page("/services?q=food%20pantry", 200);
		assertThat(found.select("h3 a").eachText()).contains("Weekly food pantry");

		Document near = page("/services?postcode=e8%201dy&distance=1000", 200);
		assertThat(near.select("h3 a").eachText()).contains("Baby rhyme time");
		assertThat(near.text()).contains("metres away");
		assertThat(near.select("h3 a").eachText()).doesNotContain("Winter night shelter");
	}

	@Test
	void filtersByTypeDayTimeAndAge() throws Exception {
		String youth = directory.openEligibility("care:community_support_services").orElseThrow().id().toString();
		assertThat(page("/services?term=" + youth, 200).select("h3 a").eachText()).contains("After-school youth club")
			.doesNotContain("Weekly food pantry");
		assertThat(page("/services?day=SATURDAY&time=12:30", 200).select("h3 a").eachText())
			.contains("Saturday community lunch")
			.doesNotContain("Weekly food pantry");
		assertThat(page("/services?age=1", 200).select("h3 a").eachText()).contains("Baby rhyme time")
			.doesNotContain("After-school youth club");
	}

	@Test
	void aSearchWithMistakesSaysWhatToFixAndFindsNothingUntilFixed() throws Exception {
		Document page = page("/services?postcode=nowhere&time=noon&age=old&day=Someday", 200);
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactlyInAnyOrder("#postcode",
				"#day", "#time", "#age");
		assertThat(page.select(".govuk-form-group--error")).hasSize(4);
		assertThat(page.select("h3 a")).isEmpty();
		assertThat(page("/services?postcode=ZE9%209ZZ", 200).select(".govuk-error-summary").text())
			.contains("We do not know that postcode");
	}

	@Test
	void aServicePageShowsWhenWhereAndWhoRunsIt() throws Exception {
		Document page = page("/services/" + PANTRY, 200);
		assertThat(page.select("h1").text()).isEqualTo("Weekly food pantry");
		assertThat(page.text()).contains("Tuesday, 10:00 to 13:00").contains("Friday, 16:00 to 19:00")
			.contains("E5 8GB").contains("Free").contains("Food Pantry").contains("Hackney Downs Food Share");
		page("/services/" + UUID.randomUUID(), 404);
		page("/services/not-an-id", 404);
	}

	@Test
	void theDoorstepListsGroupsAndServicesNearby() throws Exception {
		Document page = page("/near/E81DY", 200);
		assertThat(page.select("h2").eachText()).contains("Groups and services nearby");
		assertThat(page.select("a").eachText()).contains("Baby rhyme time", "Hackney Deaf Voices");
	}
}
