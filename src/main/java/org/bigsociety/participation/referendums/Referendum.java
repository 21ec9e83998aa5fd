package org.bigsociety.participation.referendums;

import java.time.Instant;
import java.util.List;

import org.bigsociety.people.VerificationLevel;
import org.bigsociety.place.AreaId;

/**
 * A referendum or a poll as stored. {@code rollSize}, {@code ballots}, {@code ballotHash} and {@code passed} are set
 * once it is counted (the roll size once it opens); each option's {@code votes} once counted.
 */
public record Referendum(long id, Kind kind, AreaId area, String question, String explanation, Instant opensAt,
		Instant closesAt, PassRule rule, int minChoices, int maxChoices, VerificationLevel verification, State state,
		Integer rollSize, Integer ballots, String ballotHash, Boolean passed, List<Option> options) {

	public record Option(int position, String label, Integer votes) {
	}

	public Referendum {
		options = List.copyOf(options);
	}

	public boolean poll() {
		return kind == Kind.POLL;
	}

	/** Whether votes are taken now: opened and not yet closed. */
	public boolean openAt(Instant now) {
		return state == State.OPEN && now.isBefore(closesAt);
	}
}
