package org.bigsociety.groups;

/** Where an organisation is in its life on the platform. */
public enum OrganisationStatus {
	/** Proposed by a resident and gathering founders; not yet formed. */
	PROPOSED,
	/** Formed: a constitution adopted at a founding meeting, or an established organisation registered as it is. */
	FORMED
}
