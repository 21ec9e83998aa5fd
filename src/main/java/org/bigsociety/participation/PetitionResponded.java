package org.bigsociety.participation;

import org.bigsociety.place.AreaId;
import org.bigsociety.record.PublicFact;

/**
 * The council answered a petition in writing. The response itself is on the petition's page; the fact on the public
 * record says when it was given and how many confirmed signatures the petition had, never who signed.
 */
public record PetitionResponded(AreaId area, PetitionId petition, long signatures, boolean late, String summary)
		implements PublicFact {

	@Override
	public String kind() {
		return "petition.responded";
	}

	@Override
	public String reference() {
		return "petition/" + petition.value() + "/responded";
	}
}
