package org.bigsociety.participation.budgets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.bigsociety.participation.budgets.tally.ProjectIds;

/**
 * The ballots a round tallies, online and paper alike, without voters: each ballot is only the set of project ids it
 * chose. Its canonical form, which the public record's hash covers: each ballot written as its project ids in
 * ascending numeric order separated by commas, the lines sorted in text order (code point by code point), each line
 * ended by a line feed, encoded as UTF-8. The round's exported {@code .pb} file lists its votes in the same order, so
 * anyone can recompute the hash from it.
 */
public final class BallotSet {

	private final List<String> lines;

	BallotSet(List<long[]> ballots) {
		List<String> canonical = new ArrayList<>(ballots.size());
		for (long[] ballot : ballots) {
			long[] sorted = ballot.clone();
			Arrays.sort(sorted);
			StringBuilder line = new StringBuilder();
			for (long id : sorted) {
				line.append(line.length() == 0 ? "" : ",").append(id);
			}
			canonical.add(line.toString());
		}
		canonical.sort(ProjectIds.TEXT_ORDER);
		this.lines = List.copyOf(canonical);
	}

	/** The ballots in canonical order, each as comma-separated ids. */
	public List<String> lines() {
		return lines;
	}

	public int size() {
		return lines.size();
	}

	/** SHA-256 of the canonical form, lower-case hex. */
	public String hash() {
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
