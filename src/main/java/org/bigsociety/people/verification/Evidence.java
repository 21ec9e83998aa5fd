package org.bigsociety.people.verification;

/**
 * The kind of document an officer saw when verifying an address in person. Only the kind is recorded, never the
 * document or its contents.
 */
public enum Evidence {
	COUNCIL_TAX_BILL, TENANCY_AGREEMENT, UTILITY_BILL, BANK_STATEMENT, BENEFIT_LETTER, OTHER;

	/** The evidence named by a form value, or null for anything else. */
	static Evidence parseOrNull(String name) {
		if (name == null) {
			return null;
		}
		for (Evidence evidence : values()) {
			if (evidence.name().equals(name)) {
				return evidence;
			}
		}
		return null;
	}
}
