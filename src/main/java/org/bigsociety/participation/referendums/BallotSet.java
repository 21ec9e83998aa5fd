package org.bigsociety.participation.referendums;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The ballots a vote counts, without voters: each ballot is the positions of the answers it chose, ascending, separated
 * by commas. Canonical form, which the public record's hash covers: the lines sorted in text order, each ended by a
 * line feed, encoded as UTF-8 (as budgets do, docs/participatory-budgeting.md).
 */
final class BallotSet {

	private final List<String> lines;

	BallotSet(List<String> ballots) {
		List<String> sorted = new ArrayList<>(ballots);
		sorted.sort(Comparator.naturalOrder());
		this.lines = List.copyOf(sorted);
	}

	/** The ballots in canonical order, one line each. */
	List<String> lines() {
		return lines;
	}

	int size() {
		return lines.size();
	}

	/** Votes for each answer, by position from 1 to {@code options}. */
	int[] votes(int options) {
		int[] votes = new int[options];
		for (String line : lines) {
			for (String position : line.split(",")) {
				votes[Integer.parseInt(position) - 1]++;
			}
		}
		return votes;
	}

	String hash() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String line : lines) {
				digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java has SHA-256", e);
		}
	}
}
