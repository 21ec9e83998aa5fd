package org.bigsociety.place.web;

import org.bigsociety.IntegrationTest;
import org.bigsociety.place.Area;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PlacesApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Places places;

	@Test
	void givesThePostcodeWithItsAreasLargestFirst() throws Exception {
		mvc.perform(get("/api/v1/places/postcodes/{postcode}", "e81dy"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.postcode").value("E8 1DY"))
			.andExpect(jsonPath("$.latitude").isNumber())
			.andExpect(jsonPath("$.longitude").isNumber())
			.andExpect(jsonPath("$.demo").value(true))
			.andExpect(jsonPath("$.areas", hasSize(4)))
			.andExpect(jsonPath("$.areas[0].type").value("NATION"))
			.andExpect(jsonPath("$.areas[0].gssCode").value("E92000001"))
			.andExpect(jsonPath("$.areas[1].name").value("London"))
			.andExpect(jsonPath("$.areas[2].gssCode").value("E09000012"))
			.andExpect(jsonPath("$.areas[3].type").value("WARD"))
			.andExpect(jsonPath("$.areas[3].name").value("Hackney Central"))
			.andExpect(jsonPath("$.areas[3].id").isNumber());
	}

	@Test
	void unknownPostcodeIsNotFoundProblem() throws Exception {
		mvc.perform(get("/api/v1/places/postcodes/{postcode}", "E1 9ZZ"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Postcode not found"))
			.andExpect(jsonPath("$.detail").value("We do not know the postcode E1 9ZZ"))
			.andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void malformedPostcodeIsBadRequestProblem() throws Exception {
		mvc.perform(get("/api/v1/places/postcodes/{postcode}", "HELLO"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail").value("Enter a real postcode, like E8 1DY"));
	}

	@Test
	void givesAnAreaWithItsChainAndChildren() throws Exception {
		Area hackney = places.byGssCode(new GssCode("E09000012")).orElseThrow();
		mvc.perform(get("/api/v1/places/areas/{id}", hackney.id().value()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Hackney"))
			.andExpect(jsonPath("$.type").value("LOCAL_AUTHORITY"))
			.andExpect(jsonPath("$.gssCode").value("E09000012"))
			.andExpect(jsonPath("$.chain[*].name").value(org.hamcrest.Matchers.contains("England", "London", "Hackney")))
			.andExpect(jsonPath("$.children", hasSize(21)))
			.andExpect(jsonPath("$.children[0].type").value("WARD"));
	}

	@Test
	void unknownAreaIsNotFoundProblem() throws Exception {
		mvc.perform(get("/api/v1/places/areas/{id}", Long.MAX_VALUE))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void areaIdThatIsNotANumberIsBadRequestProblem() throws Exception {
		mvc.perform(get("/api/v1/places/areas/{id}", "hackney"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}
}
