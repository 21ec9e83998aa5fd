package org.bigsociety.timebank.ledger;

import java.time.Instant;
import java.util.List;

import org.bigsociety.timebank.Minutes;

/** An account's entries from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
public record Statement(Account account, Instant from, Instant to, Minutes opening, List<StatementLine> lines,
		Minutes closing) {

	public Statement {
		lines = List.copyOf(lines);
	}
}
