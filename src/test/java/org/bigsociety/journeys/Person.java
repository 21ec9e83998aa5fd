package org.bigsociety.journeys;

import java.util.UUID;

/** Someone in a journey: a name, and an email address nobody else in the database has. */
record Person(String name, String email, String password, String postcode) {

	static Person called(String name) {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String local = name.toLowerCase().replaceAll("[^a-z]+", ".") + "." + unique;
		return new Person(name, local + "@example.org", "correct horse battery " + unique, "E8 1DY");
	}
}
