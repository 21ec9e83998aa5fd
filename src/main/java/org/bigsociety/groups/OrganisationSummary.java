package org.bigsociety.groups;

import org.bigsociety.place.AreaId;

/**
 * What other modules may show about an organisation: nothing personal.
 *
 * @param area its area of benefit: where it works
 * @param profilePath its public page, such as {@code /groups/hackney-wick-litter-pickers}
 */
public record OrganisationSummary(OrganisationId id, String name, LegalForm legalForm, AreaId area,
		String profilePath, OrganisationStatus status) {
}
