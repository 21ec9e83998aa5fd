package org.bigsociety.groups.openreferral;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The Open Referral UK (HSDS 3.0 UK profile) representations the API returns. Components are named exactly as the
 * standard names its fields (snake case); fields without a value are left out, as the schemas allow.
 */
final class OpenReferral {

	private OpenReferral() {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Api(String version, String profile, String openapi_url) {
	}

	/** The standard's paging wrapper. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Page<T>(long total_items, int total_pages, int page_number, int size, boolean first_page,
			boolean last_page, boolean empty, List<T> contents) {

		static <T> Page<T> of(List<T> contents, long total, int page, int perPage) {
			int pages = (int) Math.max(1, (total + perPage - 1) / perPage);
			return new Page<>(total, pages, page, contents.size(), page == 1, page >= pages, contents.isEmpty(),
					contents);
		}
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Organization(UUID id, String name, String description, String email, String website, String uri) {
	}

	/** A service with its one-to-one fields, as lists show it. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ServiceItem(UUID id, UUID organization_id, String name, String description, String url, String email,
			String status, Integer minimum_age, Integer maximum_age, String last_modified,
			Organization organization) {
	}

	/** A fully nested service. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Service(UUID id, UUID organization_id, String name, String description, String url, String email,
			String status, Integer minimum_age, Integer maximum_age, String last_modified, Organization organization,
			List<Schedule> schedules, List<ServiceAtLocation> service_at_locations, List<CostOption> cost_options,
			List<Attribute> attributes) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Schedule(UUID id, UUID service_id, String freq, Integer interval, String byday, String opens_at,
			String closes_at, String description) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ServiceAtLocation(UUID id, UUID service_id, UUID location_id, Location location, ServiceItem service) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Location(UUID id, String location_type, String name, Double latitude, Double longitude,
			List<Address> addresses) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Address(UUID id, String address_1, String city, String state_province, String postal_code,
			String country, String address_type) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record CostOption(UUID id, UUID service_id, String option, Double amount, String amount_description) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Attribute(UUID id, UUID link_id, UUID taxonomy_term_id, String link_type, TaxonomyTerm taxonomy_term) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record TaxonomyTerm(UUID id, String name, String description, UUID parent_id, String taxonomy, UUID taxonomy_id,
			String term) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Taxonomy(UUID id, String name, String description, String uri, String version) {
	}
}
