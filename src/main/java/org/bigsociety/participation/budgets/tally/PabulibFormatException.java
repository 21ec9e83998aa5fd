package org.bigsociety.participation.budgets.tally;

/** A pabulib file that cannot be read, with the line (counting from 1) where the problem is. */
public class PabulibFormatException extends IllegalArgumentException {

	private final int line;
	private final String problem;

	public PabulibFormatException(int line, String problem) {
		super("Line " + line + ": " + problem);
		this.line = line;
		this.problem = problem;
	}

	public int line() {
		return line;
	}

	/** The problem without the line number. */
	public String problem() {
		return problem;
	}
}
