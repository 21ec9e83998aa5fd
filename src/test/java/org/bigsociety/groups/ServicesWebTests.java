package org.bigsociety.groups;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.bigsociety.IntegrationTest;
import org.bigsociety.groups.GroupsFixtures.Neighbour;
import org.bigsociety.groups.directory.ServiceDirectory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigsociety.groups.GroupsFixtures.getAs;
import static org.bigsociety.groups.GroupsFixtures.postAs;
import static org.bigsociety.groups.GroupsFixtures.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The directory's pages: searching by words, type, place, day and time and age; a service's page; the doorstep. */
@IntegrationTest
class ServicesWebTests {

	static final UUID PANTRY = ServiceDirectory.nameId("demo-service:food-pantry");

	@Autowired
	MockMvc mvc;

	@Autowired
	ServiceDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

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

	/** Registers an organisation run by the neighbour and answers its slug. */
	String organisationOf(Neighbour admin) throws Exception {
		MvcResult result = mvc.perform(postAs(admin.session(), "/groups/new").param("name", unique("Lunch Club"))
			.param("legalForm", "UNINCORPORATED_ASSOCIATION")
			.param("purpose", "Lunch for older neighbours.")
			.param("postcode", "E8 1DY")
			.param("reach", "LOCAL")).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
		return result.getResponse().getRedirectedUrl().substring("/groups/".length());
	}

	MockHttpServletRequestBuilder serviceForm(Neighbour by, String slug, String name, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", name);
		fields.put("description", "A hot lunch and good company every week.");
		fields.put("term", directory.openEligibility("food:free_meals").orElseThrow().id().toString());
		fields.put("eligibility", "Neighbours over 60");
		fields.put("minimumAge", "60");
		fields.put("maximumAge", "");
		fields.put("cost", "2.50");
		fields.put("costDescription", "£2.50, or free if you cannot pay");
		fields.put("venue", "Parish Hall");
		fields.put("address", "1 Church Walk");
		fields.put("postcode", "e8 1dy");
		fields.put("day", "WEDNESDAY");
		fields.put("opens", "12:00");
		fields.put("closes", "14:00");
		fields.put("email", "");
		fields.put("phone", "020 7946 0001");
		fields.put("website", "");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = postAs(by.session(), "/groups/" + slug + "/manage/services/new");
		fields.forEach(request::param);
		return request;
	}

	@Test
	void aGroupsAdministratorAddsAServiceItOffers() throws Exception {
		GroupsFixtures fixtures = new GroupsFixtures(mvc, jdbc, passwords);
		Neighbour admin = fixtures.neighbour("Service Admin");
		String slug = organisationOf(admin);
		assertThat(mvc.perform(getAs(admin.session(), "/groups/" + slug + "/manage/services/new")).andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);

		MvcResult added = mvc.perform(serviceForm(admin, slug, "Wednesday lunch")).andReturn();
		assertThat(added.getResponse().getStatus()).as(added.getResponse().getContentAsString()).isEqualTo(302);
		String path = added.getResponse().getRedirectedUrl();
		assertThat(path).startsWith("/services/");
		Document service = page(path, 200);
		assertThat(service.text()).contains("Wednesday, 12:00 to 14:00").contains("60 and over")
			.contains("£2.50, or free if you cannot pay").contains("Free Meals").contains("Parish Hall");
		assertThat(page("/groups/" + slug, 200).select("a").eachText()).contains("Wednesday lunch");
	}

	@Test
	void aServiceFormWithMistakesSaysWhatToFixAndAddsNothing() throws Exception {
		GroupsFixtures fixtures = new GroupsFixtures(mvc, jdbc, passwords);
		Neighbour admin = fixtures.neighbour("Careless Admin");
		String slug = organisationOf(admin);
		MvcResult refused = mvc.perform(serviceForm(admin, slug, "", "cost", "lots", "closes", "11:00")).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(refused.getResponse().getContentAsString());
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactlyInAnyOrder("#name", "#cost",
				"#closes");
		long count = jdbc.sql("SELECT count(*) FROM groups.service s JOIN groups.organisation o ON o.id = s.organisation_id WHERE o.slug = :slug")
			.param("slug", slug).query(Long.class).single();
		assertThat(count).isZero();
		MvcResult unknown = mvc.perform(serviceForm(admin, slug, "Lunch", "postcode", "ZE9 9ZZ")).andReturn();
		assertThat(Jsoup.parse(unknown.getResponse().getContentAsString()).select(".govuk-error-summary").text())
			.contains("We do not know that postcode");
	}

	@Test
	void onlyTheGroupsOwnAdministratorsAddItsServices() throws Exception {
		GroupsFixtures fixtures = new GroupsFixtures(mvc, jdbc, passwords);
		String slug = organisationOf(fixtures.neighbour("Owner Admin"));
		Neighbour stranger = fixtures.neighbour("Not An Admin");
		assertThat(mvc.perform(serviceForm(stranger, slug, "Sneaky lunch")).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(mvc.perform(getAs(stranger.session(), "/groups/" + slug + "/manage/services/new")).andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void aGroupsAdministratorTakesAServiceOutOfTheDirectoryButNobodyElseCan() throws Exception {
		GroupsFixtures fixtures = new GroupsFixtures(mvc, jdbc, passwords);
		Neighbour admin = fixtures.neighbour("Withdrawing Admin");
		String slug = organisationOf(admin);
		String path = mvc.perform(serviceForm(admin, slug, "Friday lunch")).andReturn().getResponse().getRedirectedUrl();
		String id = path.substring("/services/".length());
		assertThat(mvc.perform(getAs(admin.session(), "/groups/" + slug + "/manage")).andReturn().getResponse()
			.getContentAsString()).contains("Friday lunch");

		Neighbour stranger = fixtures.neighbour("Not This Admin");
		assertThat(mvc.perform(postAs(stranger.session(), "/groups/" + slug + "/manage/services/" + id + "/withdraw"))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
		String otherSlug = organisationOf(stranger);
		assertThat(mvc.perform(postAs(stranger.session(), "/groups/" + otherSlug + "/manage/services/" + id + "/withdraw"))
			.andReturn().getResponse().getStatus()).as("another group's service").isEqualTo(404);
		page(path, 200);

		MvcResult withdrawn = mvc.perform(postAs(admin.session(), "/groups/" + slug + "/manage/services/" + id + "/withdraw"))
			.andReturn();
		assertThat(withdrawn.getResponse().getStatus()).isEqualTo(302);
		page(path, 404);
		assertThat(mvc.perform(get(URI.create("/openreferral/services/" + id))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}
}
