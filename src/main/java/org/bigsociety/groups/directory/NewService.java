package org.bigsociety.groups.directory;

import java.util.List;
import java.util.UUID;

import org.bigsociety.groups.OrganisationId;
import org.bigsociety.place.Postcode;

/**
 * A service an organisation offers, as it is added to the directory. Costs are in pence ({@code null} with
 * {@code free}); a postcode places it (through {@code Places}); terms are taxonomy term ids.
 */
public record NewService(UUID id, OrganisationId organisation, String name, String description, String eligibility,
		Integer minimumAge, Integer maximumAge, boolean free, Integer costPence, String costDescription, String email,
		String phone, String url, String venue, String address, String town, Postcode postcode,
		List<Opening> openings, List<UUID> terms) {

	public NewService {
		if (id == null || organisation == null) {
			throw new IllegalArgumentException("A service needs an id and an organisation");
		}
		if (name == null || name.isBlank() || name.length() > 120) {
			throw new IllegalArgumentException("A service needs a name of at most 120 characters");
		}
		if (description == null || description.isBlank() || description.length() > 2000) {
			throw new IllegalArgumentException("A service needs a description of at most 2000 characters");
		}
		if (minimumAge != null && maximumAge != null && minimumAge > maximumAge) {
			throw new IllegalArgumentException("The youngest age cannot be above the oldest");
		}
		if (free && costPence != null || costPence != null && costPence <= 0) {
			throw new IllegalArgumentException("A free service has no cost; a cost is a positive number of pence");
		}
		openings = openings == null ? List.of() : List.copyOf(openings);
		terms = terms == null ? List.of() : List.copyOf(terms);
	}
}
