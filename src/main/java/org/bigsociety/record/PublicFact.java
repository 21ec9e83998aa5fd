package org.bigsociety.record;

import org.bigsociety.place.AreaId;

/**
 * An event that belongs on the public record. A module publishes an event implementing this inside the transaction
 * that made the decision; Spring Modulith's event publication registry keeps it until the record has appended it,
 * so a committed decision is recorded even if the process dies straight after.
 *
 * <p>Never put personal data in a fact: the record is public and cannot be changed.
 */
public interface PublicFact {

	/** The area the fact belongs to. */
	AreaId area();

	/** A short machine-readable kind, such as {@code petition.responded}. */
	String kind();

	/** One or two plain sentences anyone can read. */
	String summary();

	/** A reference unique to this fact, such as {@code petition/42/responded}: the record appends each reference once. */
	String reference();
}
