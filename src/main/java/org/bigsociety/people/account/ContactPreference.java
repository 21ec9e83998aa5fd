package org.bigsociety.people.account;

/** How a person is happy to be contacted by organisers and brokers. */
public enum ContactPreference {
	EMAIL, PHONE, NONE
}
