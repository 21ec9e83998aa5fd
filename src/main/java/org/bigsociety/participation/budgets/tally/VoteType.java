package org.bigsociety.participation.budgets.tally;

import java.util.Locale;
import java.util.Optional;

/**
 * How a pabulib file's ballots are read (its {@code vote_type}). Approval ballots list the projects a voter approves;
 * cumulative ballots give each listed project some points; ordinal ballots rank the listed projects. The rules read an
 * ordinal ballot as approval of every project it ranks (the ranking itself is kept, and written back out).
 */
public enum VoteType {
	APPROVAL, CUMULATIVE, ORDINAL;

	/** The name in a pabulib file, such as {@code approval}. */
	public String pabulibName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<VoteType> fromPabulib(String name) {
		for (VoteType type : values()) {
			if (type.pabulibName().equalsIgnoreCase(name.trim())) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}
}
