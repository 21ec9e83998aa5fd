package org.bigsociety.timebank.membership;

import java.util.LinkedHashMap;
import java.util.Map;

/** A form with problems: field id to message key, in the order the fields appear. Nothing was changed. */
public class Invalid extends RuntimeException {

	private final Map<String, String> errors;

	public Invalid(Map<String, String> errors) {
		super("Invalid: " + errors);
		this.errors = new LinkedHashMap<>(errors);
	}

	public Map<String, String> errors() {
		return errors;
	}

	/** Throws if any problem was found. */
	public static void check(Map<String, String> errors) {
		if (!errors.isEmpty()) {
			throw new Invalid(errors);
		}
	}
}
