package org.bigsociety.timebank.ledger;

import java.util.List;

import org.bigsociety.timebank.Minutes;
import org.bigsociety.timebank.TimeBankId;

/** A posted group credit: one transfer from the payer to each payee, all posted together or not at all. */
public record Batch(TimeBankId bank, AccountId payer, List<Transfer> transfers, Minutes total, boolean replayed) {

	public Batch {
		transfers = List.copyOf(transfers);
	}
}
