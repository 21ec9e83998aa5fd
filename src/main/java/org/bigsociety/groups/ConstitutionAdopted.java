package org.bigsociety.groups;

import org.bigsociety.place.AreaId;
import org.bigsociety.record.PublicFact;

/**
 * A group adopted its constitution at its founding meeting. On the public record, with the model it was based on.
 *
 * @param model the name of the model constitution it adapted, such as "unincorporated association"
 */
public record ConstitutionAdopted(AreaId area, OrganisationId organisation, String name, String model)
		implements PublicFact {

	@Override
	public String kind() {
		return "group.constitution-adopted";
	}

	@Override
	public String summary() {
		return "The group \"" + name.replaceAll("[\\r\\n]+", " ") + "\" adopted its constitution, based on the platform's model for "
				+ model + ".";
	}

	@Override
	public String reference() {
		return "group/" + organisation.value() + "/constitution-adopted";
	}
}
