package org.bigsociety.participation.referendums;

/** A binding referendum (yes or no, a voter roll, poll cards, a pass rule) or a non-binding poll. */
public enum Kind {
	REFERENDUM, POLL
}
