package org.bigsociety.timebank.ledger;

import org.bigsociety.timebank.Minutes;

/** One payee's share of a group credit. */
public record Credit(AccountId payee, Minutes amount) {

	public Credit {
		if (payee == null || amount == null) {
			throw new IllegalArgumentException("A credit needs a payee and an amount");
		}
		if (!amount.isPositive()) {
			throw new IllegalArgumentException("A credit is a positive number of minutes, not " + amount);
		}
	}
}
