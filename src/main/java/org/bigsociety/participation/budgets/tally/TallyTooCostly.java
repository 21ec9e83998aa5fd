package org.bigsociety.participation.budgets.tally;

/** An election whose tally would take unreasonably long; refused rather than left to run. */
public class TallyTooCostly extends RuntimeException {

	public TallyTooCostly(String message) {
		super(message);
	}
}
