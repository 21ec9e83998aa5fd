package org.bigsociety.participation;

import org.bigsociety.place.AreaId;
import org.bigsociety.record.PublicFact;

/** A moderator rejected a petition for one of the standard reasons (the summary never quotes it). */
public record PetitionRejected(AreaId area, PetitionId petition, String reason, String summary) implements PublicFact {

	@Override
	public String kind() {
		return "petition.rejected";
	}

	@Override
	public String reference() {
		return "petition/" + petition.value() + "/rejected";
	}
}
