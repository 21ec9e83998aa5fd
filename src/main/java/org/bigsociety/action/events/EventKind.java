package org.bigsociety.action.events;

/** What sort of social action an event is; each has a name in the message bundle ({@code action.kind.<NAME>}). */
public enum EventKind {
	STREET_LUNCH, LITTER_PICK, BIG_SOCIETY_DAY, MEETING, GARDENING, FUNDRAISER, CLEAN_UP, SOCIAL, OTHER;

	public String messageKey() {
		return "action.kind." + name();
	}
}
