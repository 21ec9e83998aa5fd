package org.bigsociety.participation.forums;

/** Where a post stands. Only published and hidden posts take a place in a thread; hidden ones show why instead. */
public enum PostState {
	PUBLISHED, PENDING, HIDDEN, REJECTED
}
