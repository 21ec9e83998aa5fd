package org.bigsociety.timebank.ledger;

import java.time.Instant;

import org.bigsociety.people.PersonId;
import org.bigsociety.timebank.Minutes;
import org.bigsociety.timebank.TimeBankId;

/**
 * A posted transfer: {@code amount} moved from one account to another in one book, as two entries that sum to zero.
 * Never changed once posted; a mistake is corrected by a {@link Kind#REVERSAL} that points to it.
 *
 * @param recordedBy who recorded it; null only for what the ledger posts by itself (a starting gift)
 * @param onBehalfOf the member a broker acted for, or null
 * @param reverses the transfer this one reverses, or null
 * @param counterpart for a transfer between time banks, the other book's leg; otherwise null
 * @param replayed true when this is the first result returned again for a retried idempotency key
 */
public record Transfer(TransferId id, TimeBankId bank, Kind kind, AccountId from, AccountId to, Minutes amount,
		String memo, PersonId recordedBy, PersonId onBehalfOf, String exchangeReference, TransferId reverses,
		TransferId counterpart, Instant recordedAt, boolean replayed) {

	public enum Kind {
		TRANSFER, STARTING_GIFT, DONATION, GRANT, GROUP_CREDIT, BETWEEN_BANKS, REVERSAL
	}

	Transfer asReplay() {
		return new Transfer(id, bank, kind, from, to, amount, memo, recordedBy, onBehalfOf, exchangeReference,
				reverses, counterpart, recordedAt, true);
	}
}
