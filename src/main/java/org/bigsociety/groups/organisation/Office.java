package org.bigsociety.groups.organisation;

/** The officers most constitutions name; each is held by one member at a time and acts for the organisation. */
public enum Office {
	CHAIR, SECRETARY, TREASURER
}
