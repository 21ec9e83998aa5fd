package org.bigsociety.participation;

import org.bigsociety.record.PublicFact;
import org.bigsociety.place.AreaId;

/**
 * An ideas call closed its judging and an officer published the shortlist that goes to the build weekend. The ranking,
 * the scores and the officer's reasons are on the call's page; the record keeps the decision by ids.
 */
public record IdeasShortlisted(AreaId area, long call, int ideas, int shortlisted, int judges) implements PublicFact {

	@Override
	public String kind() {
		return "ideas.shortlisted";
	}

	@Override
	public String summary() {
		return "Ideas call " + call + " closed its judging: " + judges + " judges scored " + ideas + " ideas and "
				+ shortlisted + " were shortlisted for the build weekend. See /ideas/" + call + ".";
	}

	@Override
	public String reference() {
		return "ideas/" + call + "/shortlist";
	}
}
