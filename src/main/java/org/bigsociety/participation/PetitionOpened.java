package org.bigsociety.participation;

import org.bigsociety.place.AreaId;
import org.bigsociety.record.PublicFact;

/** A moderator accepted a petition and it opened for signatures. */
public record PetitionOpened(AreaId area, PetitionId petition, String summary) implements PublicFact {

	@Override
	public String kind() {
		return "petition.opened";
	}

	@Override
	public String reference() {
		return "petition/" + petition.value() + "/opened";
	}
}
