package org.bigsociety.timebank.ledger;

import java.time.Instant;

import org.bigsociety.place.AreaId;
import org.bigsociety.timebank.TimeBankId;

/** A time bank's book: its accounts always sum to zero. */
public record Book(TimeBankId bank, AreaId area, Limits limits, AccountId pot, Instant openedAt) {
}
