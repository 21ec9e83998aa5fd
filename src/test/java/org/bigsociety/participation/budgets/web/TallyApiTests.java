package org.bigsociety.participation.budgets.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;

import org.bigsociety.IntegrationTest;
import org.bigsociety.platform.RateLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class TallyApiTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	RateLimits limits;

	@AfterEach
	void freshAllowances() {
		limits.reset();
	}

	@Test
	void talliesAShippedInstanceForAnyoneWithoutACsrfToken() throws Exception {
		byte[] file = Files.readAllBytes(instance("poland_lodz_2020_nr-33.pb"));

		mvc.perform(post("/api/v1/budgets/tally").param("rule", "equal-shares")
			.contentType(MediaType.TEXT_PLAIN)
			.content(file)
			.with(fromItsOwnAddress()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rule").value("equal-shares"))
			.andExpect(jsonPath("$.selected[0]").value("W014NR"))
			.andExpect(jsonPath("$.selected[1]").value("W121NR"))
			.andExpect(jsonPath("$.selected[2]").value("W127NR"))
			.andExpect(jsonPath("$.selected[3]").value("W068NR"))
			.andExpect(jsonPath("$.selected.length()").value(4));

		mvc.perform(post("/api/v1/budgets/tally").param("rule", "greedy-votes")
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.content(file)
			.with(fromItsOwnAddress()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.selected[0]").value("W008NR"));
	}

	/**
	 * The largest numbers a .pb file may carry (18 digits) in every place at once: 12 projects each costing nearly the
	 * whole budget, so the sum of any ten overflows a long, and approval ballots choosing them all. Each rule answers
	 * exactly, with no overflow.
	 */
	@Test
	void theLargestCostsAndBudgetAFileMayHoldAreTalliedExactly() throws Exception {
		StringBuilder pb = new StringBuilder("""
				META
				key;value
				description;Huge numbers
				num_projects;12
				num_votes;3
				budget;999999999999999999
				vote_type;approval
				PROJECTS
				project_id;cost
				""");
		for (int p = 1; p <= 12; p++) {
			pb.append(p).append(';').append(999999999999999999L - p).append('\n');
		}
		pb.append("VOTES\nvoter_id;vote\n");
		for (int v = 1; v <= 3; v++) {
			pb.append(v).append(";1,2,3,4,5,6,7,8,9,10,11,12\n");
		}
		// Every project fits alone and no two fit together. By votes (all equal) the first listed wins; per pound the
		// cheapest; Equal Shares with cost utilities charges every supporter the same per unit of utility for each
		// project, so the tie goes as by votes, and the one project leaves less than any other costs (exhaustive).
		Map<String, String> expected = Map.of("greedy-votes", "1", "greedy-votes-per-pound", "12", "equal-shares", "1");
		for (Map.Entry<String, String> rule : expected.entrySet()) {
			long cost = 999999999999999999L - Long.parseLong(rule.getValue());
			mvc.perform(post("/api/v1/budgets/tally").param("rule", rule.getKey())
				.contentType(MediaType.TEXT_PLAIN)
				.content(pb.toString())
				.with(fromItsOwnAddress()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.selected.length()").value(1))
				.andExpect(jsonPath("$.selected[0]").value(rule.getValue()))
				.andExpect(jsonPath("$.cost").value(cost));
		}
	}

	@Test
	void talliesGreedyVotesPerPoundAsTheReferenceImplementationDoes() throws Exception {
		String instance = "poland_lodz_2020_nr-33.pb";
		String expected = Files.readAllLines(instance("expected.tsv")).stream()
			.map(line -> line.split("\t"))
			.filter(row -> row[0].equals(instance) && row[1].equals("greedy-votes-per-pound"))
			.map(row -> row[2])
			.findFirst()
			.orElseThrow();
		assertThat(expected).isEqualTo("W014NR,W068NR,W127NR,W121NR");

		String body = mvc.perform(post("/api/v1/budgets/tally").param("rule", "greedy-votes-per-pound")
			.contentType(MediaType.TEXT_PLAIN)
			.content(Files.readAllBytes(instance(instance)))
			.with(fromItsOwnAddress()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rule").value("greedy-votes-per-pound"))
			.andReturn().getResponse().getContentAsString();
		List<String> selected = JsonPath.read(body, "$.selected");
		assertThat(String.join(",", selected)).isEqualTo(expected);
	}

	@Test
	void refusesAMalformedFileNamingTheLine() throws Exception {
		String file = "META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;lots\n";

		mvc.perform(post("/api/v1/budgets/tally").param("rule", "equal-shares")
			.contentType(MediaType.TEXT_PLAIN)
			.content(file)
			.with(fromItsOwnAddress()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("Line 7")));
	}

	@Test
	void refusesAnUnknownRuleNamingTheRules() throws Exception {
		mvc.perform(post("/api/v1/budgets/tally").param("rule", "borda")
			.contentType(MediaType.TEXT_PLAIN)
			.content("META\n")
			.with(fromItsOwnAddress()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("equal-shares")));
	}

	@Test
	void limitsTalliesPerAddress() throws Exception {
		RequestPostProcessor address = fromItsOwnAddress();
		for (int i = 0; i < TallyApi.TALLIES_PER_ADDRESS.capacity(); i++) {
			mvc.perform(post("/api/v1/budgets/tally").param("rule", "borda")
				.contentType(MediaType.TEXT_PLAIN)
				.content("META\n")
				.with(address)).andExpect(status().isBadRequest());
		}

		mvc.perform(post("/api/v1/budgets/tally").param("rule", "equal-shares")
			.contentType(MediaType.TEXT_PLAIN)
			.content("META\n")
			.with(address))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private static Path instance(String name) throws Exception {
		return Path.of(TallyApiTests.class.getResource("/pabulib/" + name).toURI());
	}

	private static RequestPostProcessor fromItsOwnAddress() {
		int n = ADDRESSES.incrementAndGet();
		return request -> {
			request.setRemoteAddr("10.201." + (n >> 8 & 255) + "." + (n & 255));
			return request;
		};
	}
}
