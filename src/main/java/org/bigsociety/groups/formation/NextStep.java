package org.bigsociety.groups.formation;

/** What a newly formed group does next, in the order most groups do it; it ticks each off when done. */
public enum NextStep {
	BANK_ACCOUNT, SAFEGUARDING_POLICY, INSURANCE, REGISTRATION
}
