package org.bigsociety.action.volunteering;

/** How often an opportunity asks for its time. */
public enum Frequency {
	ONCE, WEEKLY, FORTNIGHTLY, MONTHLY, FLEXIBLE;

	public String messageKey() {
		return "action.frequency." + name();
	}
}
