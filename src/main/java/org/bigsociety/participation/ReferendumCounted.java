package org.bigsociety.participation;

import java.util.List;
import java.util.Locale;

import org.bigsociety.place.AreaId;
import org.bigsociety.record.PublicFact;

/**
 * A referendum's or a poll's result, as it goes on the public record: the votes for each answer, the turnout against
 * the roll (referendums), whether it passed under its rule, and the SHA-256 of the ballot set in its canonical form
 * (docs/referendums.md). No personal data: nothing here says who voted or how anyone voted. The hash sits in the
 * reference, not the summary, because a run of hex digits can look like a phone number to the record's guard.
 *
 * @param votes the votes for each answer, in the answers' order (for a referendum: yes, then no)
 * @param rollSize the size of the voter roll; 0 for a poll, which has none
 * @param passed whether a referendum passed under its rule; false for a poll, which decides nothing
 * @param rule the pass rule in words (empty for a poll)
 * @param ballotHash SHA-256, lower-case hex, of the canonical ballot set
 */
public record ReferendumCounted(AreaId area, ReferendumId referendum, boolean poll, List<Integer> votes, int ballots,
		int rollSize, boolean passed, String rule, String ballotHash) implements PublicFact {

	public ReferendumCounted {
		votes = List.copyOf(votes);
	}

	@Override
	public String kind() {
		return poll ? "poll.counted" : "referendum.counted";
	}

	@Override
	public String summary() {
		if (poll) {
			StringBuilder counts = new StringBuilder();
			for (int i = 0; i < votes.size(); i++) {
				counts.append(i == 0 ? "" : ", ").append("answer ").append(i + 1).append(": ").append(number(votes.get(i)));
			}
			return "Poll " + referendum + " closed with " + number(ballots) + " ballots (" + counts
					+ "). It is not binding. The results are at /referendums/" + referendum + ".";
		}
		return "Referendum " + referendum + " counted: " + number(votes.get(0)) + " yes, " + number(votes.get(1))
				+ " no; turnout " + number(ballots) + " of " + number(rollSize) + " on the roll. "
				+ (passed ? "It passed" : "It did not pass") + " under its rule (" + rule
				+ "). The results are at /referendums/" + referendum + ".";
	}

	/** Unique per vote, and carries the ballot set's hash. */
	@Override
	public String reference() {
		return (poll ? "poll/" : "referendum/") + referendum + "/counted/sha256-" + ballotHash;
	}

	private static String number(int n) {
		return String.format(Locale.UK, "%,d", n);
	}
}
