package org.bigsociety.people;

import java.util.List;

import org.bigsociety.place.AreaId;

/**
 * What other modules may show about a person: only what the person made public, never their email address.
 *
 * @param displayName their name if public, otherwise a neutral label
 * @param area the area their postcode is in, if known (null otherwise); used for scoping, not for display
 * @param neighbourhoodPublic whether the person agreed to show which neighbourhood they live in
 * @param skills their skills if public, otherwise empty
 * @param bio their bio if public, otherwise null
 */
public record PersonSummary(PersonId id, String displayName, AreaId area, boolean neighbourhoodPublic,
		List<String> skills, String bio) {

	public PersonSummary {
		skills = List.copyOf(skills);
	}
}
