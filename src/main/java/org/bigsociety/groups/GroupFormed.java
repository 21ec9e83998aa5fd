package org.bigsociety.groups;

import org.bigsociety.place.AreaId;
import org.bigsociety.record.PublicFact;

/**
 * A group proposed on the platform held its founding meeting and was formed. On the public record; no personal data:
 * the group's name and how many founders it had, never who they are.
 */
public record GroupFormed(AreaId area, OrganisationId organisation, String name, int founders) implements PublicFact {

	@Override
	public String kind() {
		return "group.formed";
	}

	@Override
	public String summary() {
		return "The group \"" + name.replaceAll("[\\r\\n]+", " ") + "\" was formed at its founding meeting, with "
				+ founders + " founders.";
	}

	@Override
	public String reference() {
		return "group/" + organisation.value() + "/formed";
	}
}
