package org.bigsociety.timebank.ledger;

import org.bigsociety.timebank.Minutes;

/** Move {@code amount} from one account to another: in one book with {@link Ledger#transfer}, between two books with
 * {@link Ledger#transferBetweenBanks}. */
public record TransferRequest(AccountId from, AccountId to, Minutes amount, Recording recording) {

	public TransferRequest {
		if (from == null || to == null || amount == null || recording == null) {
			throw new IllegalArgumentException("A transfer needs a payer, a payee, an amount and a recording");
		}
		if (!amount.isPositive()) {
			throw new IllegalArgumentException("A transfer moves a positive number of minutes, not " + amount);
		}
	}
}
