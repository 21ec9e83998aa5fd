package org.bigsociety.timebank.ledger;

import java.time.Instant;
import java.time.LocalDate;

import org.bigsociety.timebank.TimeBankId;

/**
 * A day of a book checked again: the figures recomputed from the entries now, beside those recorded when the day was
 * closed. {@code matches} is true only if the day was closed and the recomputed hash equals the recorded one.
 *
 * @param closedAt when the day was closed, or null if it has not been
 * @param recordedHash the hash recorded at closing, or null if the day has not been closed
 * @param recordSeq the public record's entry for the day, or null if it is not on the record (yet)
 * @param onRecord whether that entry's summary carries the recorded hash
 */
public record DayCheck(TimeBankId bank, LocalDate day, Instant closedAt, Long recordedTransfers, Long recordedMinutes,
		String recordedHash, long transfers, long minutes, String hash, boolean matches, Long recordSeq,
		boolean onRecord) {
}
