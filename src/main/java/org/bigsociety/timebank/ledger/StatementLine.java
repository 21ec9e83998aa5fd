package org.bigsociety.timebank.ledger;

import java.time.Instant;

import org.bigsociety.people.PersonId;
import org.bigsociety.timebank.Minutes;

/**
 * One entry on an account's statement.
 *
 * @param entry the entry's number; an account's entries are numbered in the order they were posted
 * @param amount positive when the account received minutes, negative when it paid
 * @param balanceAfter the account's balance straight after this entry
 * @param recordedBy who recorded it, or null for what the ledger posted by itself (a starting gift)
 */
public record StatementLine(long entry, TransferId transfer, Transfer.Kind kind, Instant at, Minutes amount,
		Minutes balanceAfter, AccountId counterparty, Holder counterpartyHolder, String memo, PersonId recordedBy,
		PersonId onBehalfOf, String exchangeReference, TransferId reverses) {
}
