package org.bigsociety.participation;

import java.time.LocalDate;

import org.bigsociety.place.AreaId;
import org.bigsociety.record.PublicFact;

/** A petition reached its area's threshold for a written response: the council's clock started, due by a date. */
public record PetitionResponseDue(AreaId area, PetitionId petition, int threshold, LocalDate dueBy, String summary)
		implements PublicFact {

	@Override
	public String kind() {
		return "petition.response-due";
	}

	@Override
	public String reference() {
		return "petition/" + petition.value() + "/response-due";
	}
}
