package org.bigsociety.participation.budgets;

import java.util.List;

/**
 * A numbered paper ballot and the entries officers typed in for it.
 *
 * @param entries the chosen project ids as each officer typed them (ascending, comma-separated), in entry order
 */
public record PaperBallot(String paper, List<String> entries, State state, String agreed) {

	public enum State {
		/** Typed in once: a second officer must type it in too. */
		AWAITING_SECOND,
		/** Two officers agree: it counts. */
		AGREED,
		/** The entries differ: a third officer must look at the paper. */
		MISMATCH
	}

	/** Two entries agree (by different officers, as the store guarantees): that is what the paper says. */
	static PaperBallot of(String paper, List<String> entries) {
		for (int i = 0; i < entries.size(); i++) {
			for (int j = i + 1; j < entries.size(); j++) {
				if (entries.get(i).equals(entries.get(j))) {
					return new PaperBallot(paper, entries, State.AGREED, entries.get(i));
				}
			}
		}
		return new PaperBallot(paper, entries, entries.size() < 2 ? State.AWAITING_SECOND : State.MISMATCH, null);
	}
}
