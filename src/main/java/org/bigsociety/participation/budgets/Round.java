package org.bigsociety.participation.budgets;

import java.time.Instant;

import org.bigsociety.participation.budgets.tally.Rule;
import org.bigsociety.place.AreaId;

/**
 * A budget round as stored.
 *
 * @param ballotCount how many ballots were tallied (null until the results)
 * @param ballotHash SHA-256 of the canonical ballot set (null until the results)
 */
public record Round(long id, AreaId area, String title, String description, long budgetPence, Rule rule,
		BallotKind ballotKind, int minProjects, int maxProjects, int minimumAge, Phase phase, Instant voteClosesAt,
		Instant talliedAt, Integer ballotCount, String ballotHash, Long endowmentRaise) {

	/** Whether online ballots are accepted now: in the vote phase, before the closing time. */
	public boolean votingOpen(Instant now) {
		return phase == Phase.VOTE && now.isBefore(voteClosesAt);
	}
}
