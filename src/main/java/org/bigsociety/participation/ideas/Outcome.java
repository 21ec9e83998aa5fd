package org.bigsociety.participation.ideas;

/** What became of an idea. */
public enum Outcome {
	/** Money was awarded to build it. */
	FUNDED,
	/** Its team goes on as a community group, supported to form. */
	INCUBATED,
	/** Not taken forward, with a reason. */
	NOT_TAKEN_FORWARD
}
