package org.bigsociety.record;

import java.util.List;
import java.util.Optional;

/**
 * The public record, read side. Entries are appended only by publishing a {@link PublicFact} event; once appended
 * they cannot be changed or removed.
 */
public interface PublicRecord {

	Optional<RecordEntry> entry(long seq);

	/** The most recent entry, empty while the record is empty. */
	Optional<RecordEntry> latest();

	/** The entry a fact with this reference became, if it has been appended. */
	Optional<RecordEntry> byReference(String reference);

	/** Oldest first: up to {@code limit} entries numbered above {@code seq}. */
	List<RecordEntry> after(long seq, int limit);

	/** Newest first, filtered and paged as the query says. */
	List<RecordEntry> find(RecordQuery query);

	/** Recomputes every hash and link from the first entry to the last. */
	Verification verify();
}
