package org.bigsociety.timebank.ledger;

import java.time.Instant;

import org.bigsociety.timebank.Minutes;
import org.bigsociety.timebank.TimeBankId;

/**
 * An account in a time bank's book and its balance, which always equals the sum of its entries.
 *
 * @param floor the lowest balance allowed, or null for none (the community pot and clearing accounts)
 * @param ceiling the highest balance allowed, or null for none (partners, the pot and clearing accounts)
 */
public record Account(AccountId id, TimeBankId bank, Holder holder, Minutes balance, Minutes floor, Minutes ceiling,
		Instant openedAt) {

	/** Whether the account could pay this much now. */
	public boolean canPay(Minutes amount) {
		return floor == null || !balance.minus(amount).isLessThan(floor);
	}

	/** Whether the account could receive this much now. */
	public boolean canReceive(Minutes amount) {
		return ceiling == null || !balance.plus(amount).isGreaterThan(ceiling);
	}
}
