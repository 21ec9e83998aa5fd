package org.bigsociety.groups.openreferral;

import java.net.URI;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;

import org.bigsociety.IntegrationTest;
import org.bigsociety.groups.OrganisationId;
import org.bigsociety.groups.directory.NewService;
import org.bigsociety.groups.directory.Opening;
import org.bigsociety.groups.directory.ServiceDirectory;
import org.bigsociety.groups.openreferral.OpenReferralSchemas.Shape;
import org.bigsociety.place.Places;
import org.bigsociety.place.Postcode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The Open Referral UK API: every response is checked against the UK profile's schemas (paging wrapper included),
 * searches by words, taxonomy, age, day and time and proximity find what they should, and a bad parameter is a 400
 * problem that names it.
 */
@IntegrationTest
class OpenReferralTests {

	private static final AtomicInteger WORDS = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	ServiceDirectory directory;

	@Autowired
	Places places;

	@Autowired
	JdbcClient jdbc;

	/** A made-up word no other service uses, so a search finds only this test's services. */
	static String uniqueWord() {
		return "zorbl" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).replaceAll("[0-9]", "q")
				+ "x".repeat(WORDS.incrementAndGet() % 7 + 1);
	}

	OrganisationId foodShare() {
		return new OrganisationId(jdbc.sql("SELECT id FROM groups.organisation WHERE slug = 'hackney-downs-food-share'")
			.query(Long.class)
			.single());
	}

	UUID offer(String name, String postcode, List<Opening> openings, Integer minimumAge, Integer maximumAge,
			String... termCodes) {
		List<UUID> terms = new ArrayList<>();
		for (String code : termCodes) {
			terms.add(directory.openEligibility(code).orElseThrow().id());
		}
		return directory.offer(new NewService(UUID.randomUUID(), foodShare(), name,
				name + " for neighbours, run by volunteers.", "Anyone", minimumAge, maximumAge, false, 250,
				"£2.50 a session", "hello@foodshare.example.org", "020 7946 0000", "https://foodshare.example.org/x",
				"Test Hall", "1 Test Street", "London", Postcode.parse(postcode), openings, terms));
	}

	/** GETs the path, expects 200 and JSON valid for the shape, and returns it. */
	JsonNode valid(String path, Shape shape) throws Exception {
		MvcResult result = mvc.perform(get(URI.create(path))).andReturn();
		String body = result.getResponse().getContentAsString();
		assertThat(result.getResponse().getStatus()).as(path + " " + body).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).startsWith("application/json");
		Set<ValidationMessage> problems = OpenReferralSchemas.problems(shape, body);
		assertThat(problems).as(path + " against " + shape + ": " + body).isEmpty();
		return OpenReferralSchemas.tree(body);
	}

	/** GETs the path, expects a 400 problem whose detail names the parameter, and returns the detail. */
	String refused(String path, String parameter) throws Exception {
		MvcResult result = mvc.perform(get(URI.create(path))).andReturn();
		String body = result.getResponse().getContentAsString();
		assertThat(result.getResponse().getStatus()).as(path + " " + body).isEqualTo(400);
		assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
		JsonNode problem = OpenReferralSchemas.tree(body);
		assertThat(problem.path("status").asInt()).isEqualTo(400);
		assertThat(problem.path("detail").asText()).startsWith(parameter + ": ");
		return problem.path("detail").asText();
	}

	@Test
	void apiRootSaysWhichProfileItFollows() throws Exception {
		for (String path : List.of("/openreferral/", "/openreferral")) {
			JsonNode api = valid(path, Shape.API);
			assertThat(api.path("version").asText()).isEqualTo("HSDS-UK-3.0");
			assertThat(api.path("profile").asText()).startsWith("https://");
		}
	}

	@Test
	void everyDemoServiceValidatesInListsAndInFull() throws Exception {
		JsonNode page = valid("/openreferral/services?per_page=100", Shape.SERVICE_PAGE);
		assertThat(page.path("total_items").asLong()).isGreaterThanOrEqualTo(11);
		int checked = 0;
		for (int p = 1; p <= page.path("total_pages").asInt(); p++) {
			JsonNode each = valid("/openreferral/services?per_page=100&page=" + p, Shape.SERVICE_PAGE);
			for (JsonNode service : each.path("contents")) {
				JsonNode full = valid("/openreferral/services/" + service.path("id").asText(), Shape.SERVICE);
				assertThat(full.path("name").asText()).isEqualTo(service.path("name").asText());
				String at = full.path("service_at_locations").get(0).path("id").asText();
				JsonNode there = valid("/openreferral/service_at_locations/" + at, Shape.SERVICE);
				assertThat(there.path("id").asText()).isEqualTo(service.path("id").asText());
				checked++;
			}
		}
		assertThat(checked).isEqualTo(page.path("total_items").asInt());
		JsonNode locations = valid("/openreferral/service_at_locations?per_page=100", Shape.SERVICE_AT_LOCATION_PAGE);
		assertThat(locations.path("total_items").asLong()).isEqualTo(page.path("total_items").asLong());
	}

	@Test
	void aFullServiceCarriesItsOpeningTimesPlaceCostAndTerms() throws Exception {
		String word = uniqueWord();
		UUID id = offer("Knitting circle " + word, "E8 1DY",
				List.of(new Opening(DayOfWeek.TUESDAY, 10 * 60, 12 * 60 + 30)), 16, null, "care:support_network");
		JsonNode service = valid("/openreferral/services/" + id, Shape.SERVICE);
		assertThat(OpenReferralSchemas.problems(Shape.SERVICE_AT_LOCATION,
				mvc.perform(get("/openreferral/services/" + id)).andReturn().getResponse().getContentAsString()))
			.isEmpty();
		assertThat(service.path("status").asText()).isEqualTo("active");
		assertThat(service.path("minimum_age").asInt()).isEqualTo(16);
		JsonNode schedule = service.path("schedules").get(0);
		assertThat(schedule.path("freq").asText()).isEqualTo("WEEKLY");
		assertThat(schedule.path("byday").asText()).isEqualTo("TU");
		assertThat(schedule.path("opens_at").asText()).isEqualTo("10:00");
		assertThat(schedule.path("closes_at").asText()).isEqualTo("12:30");
		JsonNode location = service.path("service_at_locations").get(0).path("location");
		assertThat(location.path("addresses").get(0).path("postal_code").asText()).isEqualTo("E8 1DY");
		assertThat(location.path("latitude").isNumber()).isTrue();
		assertThat(service.path("cost_options").get(0).path("amount").asDouble()).isEqualTo(2.5);
		JsonNode term = service.path("attributes").get(0).path("taxonomy_term");
		assertThat(term.path("term").asText()).isEqualTo("care:support_network");
		valid("/openreferral/taxonomy_terms/" + term.path("id").asText(), Shape.TAXONOMY_TERM);
	}

	@Test
	void pagesThroughSearchResultsWithTheStandardWrapper() throws Exception {
		String word = uniqueWord();
		for (int i = 0; i < 5; i++) {
			offer("Lunch club " + word + " " + i, "E8 1DY", List.of(), null, null);
		}
		JsonNode first = valid("/openreferral/services?search=" + word + "&per_page=2", Shape.SERVICE_PAGE);
		assertThat(first.path("total_items").asLong()).isEqualTo(5);
		assertThat(first.path("total_pages").asInt()).isEqualTo(3);
		assertThat(first.path("page_number").asInt()).isEqualTo(1);
		assertThat(first.path("size").asInt()).isEqualTo(2);
		assertThat(first.path("first_page").asBoolean()).isTrue();
		assertThat(first.path("last_page").asBoolean()).isFalse();
		assertThat(first.path("empty").asBoolean()).isFalse();
		JsonNode last = valid("/openreferral/services?search=" + word + "&per_page=2&page=3", Shape.SERVICE_PAGE);
		assertThat(last.path("size").asInt()).isEqualTo(1);
		assertThat(last.path("first_page").asBoolean()).isFalse();
		assertThat(last.path("last_page").asBoolean()).isTrue();
		JsonNode beyond = valid("/openreferral/services?search=" + word + "&per_page=2&page=4", Shape.SERVICE_PAGE);
		assertThat(beyond.path("empty").asBoolean()).isTrue();
		assertThat(beyond.path("contents").size()).isZero();
		JsonNode none = valid("/openreferral/services?search=" + uniqueWord(), Shape.SERVICE_PAGE);
		assertThat(none.path("total_items").asLong()).isZero();
		assertThat(none.path("empty").asBoolean()).isTrue();
	}

	@Test
	void findsServicesWithinTheProximityOfAPostcodeNearestFirst() throws Exception {
		String word = uniqueWord();
		UUID near = offer("Repair shop " + word, "E8 1DY", List.of(), null, null);
		UUID far = offer("Repair shop " + word + " north", "N16 0AB", List.of(), null, null);
		long apart = places.locate(Postcode.parse("E8 1DY")).orElseThrow().coordinates()
			.metresTo(places.locate(Postcode.parse("N16 0AB")).orElseThrow().coordinates());
		assertThat(apart).isGreaterThan(500);

		JsonNode close = valid("/openreferral/service_at_locations?search=" + word + "&postcode=e81dy&proximity="
				+ apart / 2, Shape.SERVICE_AT_LOCATION_PAGE);
		assertThat(close.path("total_items").asLong()).isEqualTo(1);
		assertThat(close.path("contents").get(0).path("service_id").asText()).isEqualTo(near.toString());

		JsonNode both = valid("/openreferral/service_at_locations?search=" + word + "&postcode=E8%201DY&proximity="
				+ (apart + 1000), Shape.SERVICE_AT_LOCATION_PAGE);
		assertThat(both.path("total_items").asLong()).isEqualTo(2);
		assertThat(both.path("contents").get(0).path("service_id").asText()).isEqualTo(near.toString());
		assertThat(both.path("contents").get(1).path("service_id").asText()).isEqualTo(far.toString());
		JsonNode nearest = valid("/openreferral/service_at_locations?search=" + word + "&postcode=N16%200AB",
				Shape.SERVICE_AT_LOCATION_PAGE);
		assertThat(nearest.path("contents").get(0).path("service_id").asText()).isEqualTo(far.toString());

		String at = both.path("contents").get(0).path("id").asText();
		JsonNode full = valid("/openreferral/service_at_locations/" + at, Shape.SERVICE);
		assertThat(full.path("id").asText()).isEqualTo(near.toString());
		JsonNode services = valid("/openreferral/services?search=" + word + "&postcode=E81DY&proximity=" + apart / 2,
				Shape.SERVICE_PAGE);
		assertThat(services.path("total_items").asLong()).isEqualTo(1);
	}

	@Test
	void filtersByTaxonomyAgeDayAndTime() throws Exception {
		String word = uniqueWord();
		UUID morning = offer("Toddler group " + word, "E8 1DY",
				List.of(new Opening(DayOfWeek.MONDAY, 9 * 60, 11 * 60)), 0, 4, "education:preschool");
		UUID evening = offer("Youth night " + word, "E8 1DY",
				List.of(new Opening(DayOfWeek.FRIDAY, 18 * 60, 21 * 60)), 11, 18, "care:community_support_services");
		String preschool = directory.openEligibility("education:preschool").orElseThrow().id().toString();
		String education = directory.openEligibility("education").orElseThrow().id().toString();

		assertThat(ids("/openreferral/services?search=" + word + "&taxonomy_term_id=" + preschool))
			.containsExactly(morning.toString());
		assertThat(ids("/openreferral/services?search=" + word + "&taxonomy_term_id=" + education))
			.as("a broad term finds its narrower terms' services").containsExactly(morning.toString());
		assertThat(ids("/openreferral/services?search=" + word + "&taxonomy_id=" + ServiceDirectory.OPEN_ELIGIBILITY))
			.containsExactlyInAnyOrder(morning.toString(), evening.toString());
		assertThat(ids("/openreferral/services?search=" + word + "&minimum_age=10")).containsExactly(evening.toString());
		assertThat(ids("/openreferral/services?search=" + word + "&maximum_age=5")).containsExactly(morning.toString());
		assertThat(ids("/openreferral/services?search=" + word + "&day=FR")).containsExactly(evening.toString());
		assertThat(ids("/openreferral/services?search=" + word + "&day=monday&start_time=08:30&end_time=11:00"))
			.containsExactly(morning.toString());
		assertThat(ids("/openreferral/services?search=" + word + "&start_time=17:00")).containsExactly(evening.toString());
		assertThat(ids("/openreferral/services?search=" + word + "&day=SU")).isEmpty();
	}

	List<String> ids(String path) throws Exception {
		List<String> ids = new ArrayList<>();
		valid(path, Shape.SERVICE_PAGE).path("contents").forEach(s -> ids.add(s.path("id").asText()));
		return ids;
	}

	@Test
	void publishesTheTaxonomyAndItsTermsPaged() throws Exception {
		JsonNode taxonomies = valid("/openreferral/taxonomies", Shape.TAXONOMY_PAGE);
		assertThat(taxonomies.path("total_items").asLong()).isGreaterThanOrEqualTo(1);
		JsonNode taxonomy = valid("/openreferral/taxonomies/" + ServiceDirectory.OPEN_ELIGIBILITY, Shape.TAXONOMY);
		assertThat(taxonomy.path("name").asText()).isEqualTo("Open Eligibility");

		JsonNode terms = valid("/openreferral/taxonomy_terms?per_page=10", Shape.TAXONOMY_TERM_PAGE);
		long total = terms.path("total_items").asLong();
		assertThat(total).isEqualTo(80);
		assertThat(terms.path("total_pages").asInt()).isEqualTo(8);
		JsonNode lastPage = valid("/openreferral/taxonomy_terms?per_page=10&page=8", Shape.TAXONOMY_TERM_PAGE);
		assertThat(lastPage.path("last_page").asBoolean()).isTrue();
		for (JsonNode term : terms.path("contents")) {
			JsonNode one = valid("/openreferral/taxonomy_terms/" + term.path("id").asText(), Shape.TAXONOMY_TERM);
			assertThat(one.path("taxonomy_id").asText()).isEqualTo(ServiceDirectory.OPEN_ELIGIBILITY.toString());
		}
		JsonNode pantry = valid("/openreferral/taxonomy_terms/" + directory.openEligibility("food:food_pantry")
			.orElseThrow()
			.id(), Shape.TAXONOMY_TERM);
		assertThat(pantry.path("name").asText()).isEqualTo("Food Pantry");
		assertThat(pantry.path("parent_id").asText())
			.isEqualTo(directory.openEligibility("food").orElseThrow().id().toString());
	}

	@Test
	void refusesBadParametersWithAProblemThatNamesThem() throws Exception {
		refused("/openreferral/services?page=0", "page");
		refused("/openreferral/services?page=two", "page");
		refused("/openreferral/services?per_page=1000", "per_page");
		refused("/openreferral/services?day=funday", "day");
		refused("/openreferral/services?start_time=9am", "start_time");
		refused("/openreferral/services?end_time=25:00", "end_time");
		refused("/openreferral/services?minimum_age=-1", "minimum_age");
		refused("/openreferral/services?maximum_age=old", "maximum_age");
		refused("/openreferral/services?taxonomy_term_id=food", "taxonomy_term_id");
		refused("/openreferral/services?taxonomy_id=12", "taxonomy_id");
		refused("/openreferral/service_at_locations?proximity=1000", "proximity");
		refused("/openreferral/service_at_locations?postcode=E81DY&proximity=far", "proximity");
		refused("/openreferral/service_at_locations?postcode=E81DY&proximity=100000", "proximity");
		refused("/openreferral/service_at_locations?postcode=not-a-postcode", "postcode");
		String detail = refused("/openreferral/service_at_locations?postcode=ZE9%209ZZ", "postcode");
		assertThat(detail).contains("ZE9 9ZZ");
		refused("/openreferral/services/not-an-id", "id");
		refused("/openreferral/service_at_locations/123", "id");
		refused("/openreferral/taxonomies/x", "id");
		refused("/openreferral/taxonomy_terms/x", "id");
		refused("/openreferral/taxonomy_terms?per_page=0", "per_page");
	}

	@Test
	void anUnknownIdIsNotFound() throws Exception {
		for (String path : List.of("/openreferral/services/", "/openreferral/service_at_locations/",
				"/openreferral/taxonomies/", "/openreferral/taxonomy_terms/")) {
			MvcResult result = mvc.perform(get(path + UUID.randomUUID())).andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(404);
			assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
		}
	}
}
