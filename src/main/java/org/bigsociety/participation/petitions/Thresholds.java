package org.bigsociety.participation.petitions;

/**
 * How many confirmed signatures a petition in an area needs for a written response from the council, and for the
 * council to consider it for a debate.
 */
public record Thresholds(int response, int debate) {

	public Thresholds {
		if (response < 1 || response > 10_000_000) {
			throw new IllegalArgumentException("petitions.thresholds.response.invalid");
		}
		if (debate < response || debate > 10_000_000) {
			throw new IllegalArgumentException("petitions.thresholds.debate.invalid");
		}
	}
}
