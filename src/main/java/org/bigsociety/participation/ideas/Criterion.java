package org.bigsociety.participation.ideas;

/** A published judging criterion: ideas are scored 0 to 5 against it, and the score counts {@code weight} times. */
public record Criterion(long id, int position, String name, String description, int weight) {

	public static final int MAX_SCORE = 5;
	public static final int MAX_WEIGHT = 10;

	public Criterion {
		if (weight < 1 || weight > MAX_WEIGHT) {
			throw new IllegalArgumentException("A criterion's weight is from 1 to " + MAX_WEIGHT);
		}
	}
}
