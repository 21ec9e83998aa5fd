package org.bigsociety.action.web;

/** An option in a drop-down list: its value, and either its text or the message key of its text. */
record Choice(String value, String label, String labelKey) {

	static Choice text(String value, String label) {
		return new Choice(value, label, null);
	}

	static Choice key(String value, String labelKey) {
		return new Choice(value, null, labelKey);
	}
}
