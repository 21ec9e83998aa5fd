package org.bigsociety.place;

/** The levels of the hierarchy, from the largest to the smallest. */
public enum AreaType {
	NATION, REGION, LOCAL_AUTHORITY, WARD, PARISH, NEIGHBOURHOOD
}
