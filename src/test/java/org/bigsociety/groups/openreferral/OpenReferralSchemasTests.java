package org.bigsociety.groups.openreferral;

import org.bigsociety.groups.openreferral.OpenReferralSchemas.Shape;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped schemas really check: what breaks the standard fails, so a passing response means something. */
class OpenReferralSchemasTests {

	static final String ID = "ac148810-d857-441c-9679-408f346de14b";

	@Test
	void aServiceWithoutItsRequiredFieldsOrWithMalformedValuesFails() throws Exception {
		assertThat(OpenReferralSchemas.problems(Shape.SERVICE, """
				{"id": "%s", "name": "Lunch club", "status": "active"}""".formatted(ID))).isEmpty();
		assertThat(OpenReferralSchemas.problems(Shape.SERVICE, """
				{"id": "%s", "status": "active"}""".formatted(ID))).isNotEmpty();
		assertThat(OpenReferralSchemas.problems(Shape.SERVICE, """
				{"id": "not-a-uuid", "name": "Lunch club", "status": "active"}""")).isNotEmpty();
		assertThat(OpenReferralSchemas.problems(Shape.SERVICE, """
				{"id": "%s", "name": "Lunch club", "status": "open"}""".formatted(ID))).isNotEmpty();
		assertThat(OpenReferralSchemas.problems(Shape.SERVICE, """
				{"id": "%s", "name": "Lunch club", "status": "active", "email": "nobody"}""".formatted(ID)))
			.isNotEmpty();
	}

	@Test
	void aPageWithoutItsWrapperFieldsOrWithABadItemFails() throws Exception {
		String wrapper = """
				"total_items": 1, "total_pages": 1, "page_number": 1, "size": 1, "first_page": true,
				"last_page": true, "empty": false""";
		assertThat(OpenReferralSchemas.problems(Shape.SERVICE_PAGE, """
				{%s, "contents": [{"id": "%s", "name": "Lunch club", "status": "active"}]}""".formatted(wrapper, ID)))
			.isEmpty();
		assertThat(OpenReferralSchemas.problems(Shape.SERVICE_PAGE, """
				{"contents": [{"id": "%s", "name": "Lunch club", "status": "active"}]}""".formatted(ID)))
			.isNotEmpty();
		assertThat(OpenReferralSchemas.problems(Shape.SERVICE_PAGE, """
				{%s, "contents": [{"id": "%s", "status": "active"}]}""".formatted(wrapper, ID))).isNotEmpty();
		assertThat(OpenReferralSchemas.problems(Shape.TAXONOMY_TERM_PAGE, """
				{%s, "contents": [{"id": "%s", "name": "Food"}]}""".formatted(wrapper, ID))).isNotEmpty();
		assertThat(OpenReferralSchemas.problems(Shape.SERVICE_AT_LOCATION_PAGE, """
				{%s, "contents": [{"id": "%s", "location": {"id": "%s", "location_type": "moon"}}]}"""
			.formatted(wrapper, ID, ID))).isNotEmpty();
	}
}
