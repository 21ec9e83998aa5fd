package org.bigsociety.timebank.ledger;

import org.bigsociety.timebank.Minutes;
import org.bigsociety.timebank.TimeBankId;

/**
 * Where a book stands with another time bank. Positive: this bank's members have received more help from the other
 * bank's members than they gave, so this bank owes that many minutes; negative: it is owed them.
 */
public record ClearingPosition(TimeBankId counterpart, AccountId account, Minutes balance) {

	public boolean owes() {
		return balance.isPositive();
	}

	public boolean isOwed() {
		return balance.isNegative();
	}
}
