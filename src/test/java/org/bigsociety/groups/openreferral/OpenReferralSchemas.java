package org.bigsociety.groups.openreferral;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The Open Referral UK schemas shipped in {@code src/test/resources/openreferral-uk/} (see SOURCE.md there), as JSON
 * Schema 2020-12 with format assertions on. The OpenAPI's {@code $ref} addresses are mapped to those files, so
 * nothing is fetched from the network.
 */
final class OpenReferralSchemas {

	static final String REMOTE = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/";
	static final String LOCAL = "classpath:openreferral-uk/schema/";

	/** The schemas a response is checked against: each endpoint's, as the UK profile's OpenAPI names them. */
	enum Shape {
		API("classpath:openreferral-uk/api.json", null),
		SERVICE(REMOTE + "compiled/service.json", null),
		SERVICE_AT_LOCATION(REMOTE + "compiled/service_at_location.json", null),
		TAXONOMY(LOCAL + "taxonomy.json", null),
		TAXONOMY_TERM(LOCAL + "taxonomy_term.json", null),
		SERVICE_PAGE(null, REMOTE + "compiled/service_list.json"),
		SERVICE_AT_LOCATION_PAGE(null, REMOTE + "compiled/service_at_location_list.json"),
		TAXONOMY_PAGE(null, LOCAL + "taxonomy.json"),
		TAXONOMY_TERM_PAGE(null, LOCAL + "taxonomy_term.json");

		final String location;
		final String pageOf;

		Shape(String location, String pageOf) {
			this.location = location;
			this.pageOf = pageOf;
		}
	}

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
			builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(REMOTE, LOCAL)));
	private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
		.formatAssertionsEnabled(true)
		.build();
	private static final Map<Shape, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

	private OpenReferralSchemas() {
	}

	/** What is wrong with the JSON for this shape; empty when it validates. */
	static Set<ValidationMessage> problems(Shape shape, String json) throws Exception {
		return schema(shape).validate(JSON.readTree(json));
	}

	static JsonNode tree(String json) throws Exception {
		return JSON.readTree(json);
	}

	private static JsonSchema schema(Shape shape) {
		return SCHEMAS.computeIfAbsent(shape, s -> {
			if (s.pageOf == null) {
				return FACTORY.getSchema(SchemaLocation.of(s.location), CONFIG);
			}
			// The OpenAPI's list response: the Page wrapper with contents of the list item schema. Every paging field
			// is required here, so a response that leaves one out fails.
			Map<String, Object> paged = Map.of("$schema", "https://json-schema.org/draft/2020-12/schema", "allOf",
					List.of(Map.of("$ref", "classpath:openreferral-uk/page.json")), "type", "object", "required",
					List.of("total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty",
							"contents"),
					"properties", Map.of("contents", Map.of("type", "array", "items", Map.of("$ref", s.pageOf))));
			return FACTORY.getSchema(JSON.valueToTree(paged), CONFIG);
		});
	}
}
