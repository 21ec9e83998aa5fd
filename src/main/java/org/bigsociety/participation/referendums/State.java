package org.bigsociety.participation.referendums;

/** Created but not open; open for votes (the roll has been taken); closed and counted. */
public enum State {
	DRAFT, OPEN, COUNTED
}
