package org.bigsociety.timebank.membership;

import org.springframework.stereotype.Component;

/**
 * The one place the rest of the time bank talks to the ledger ({@code timebank.ledger}): opening books and accounts,
 * moving credits, reading balances and statements.
 */
@Component
public class LedgerBooks {

	void openBook(TimeBank bank) {
		// wired to the ledger once its API is merged
	}

	void openAccount(TimeBank bank, Member member) {
		// wired to the ledger once its API is merged
	}
}
