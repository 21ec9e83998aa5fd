package org.bigsociety.participation;

import org.bigsociety.place.AreaId;
import org.bigsociety.record.PublicFact;

/**
 * A consultation's outcome, as it goes on the public record: how many comments and proposals residents made, how many
 * the council accepted (wholly or in part), and where to read them all. Counts and a link only: no names, no words.
 */
public record ConsultationConcluded(AreaId area, long consultation, String title, int paragraphs, int comments,
		int proposals, int accepted, int acceptedInPart, int notAccepted, int unanswered) implements PublicFact {

	@Override
	public String kind() {
		return "consultation.concluded";
	}

	@Override
	public String summary() {
		return "The consultation \"" + title + "\" closed with " + comments + " comments and " + proposals
				+ " proposed changes on " + paragraphs + " paragraphs. The council accepted " + accepted + ", accepted "
				+ acceptedInPart + " in part and did not accept " + notAccepted + (unanswered > 0
						? "; " + unanswered + " had no answer" : "")
				+ ". Everything said and every answer is at /consultations/" + consultation + "/results.";
	}

	@Override
	public String reference() {
		return "consultation/" + consultation + "/concluded";
	}
}
