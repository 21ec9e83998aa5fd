package org.bigsociety.place.geography;

import java.util.concurrent.ThreadLocalRandom;

import org.bigsociety.place.Postcode;

/** Unique made-up postcodes for tests: no real postcode area starts with Q, so they never clash with real or demo ones. */
final class TestPostcodes {

	private static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

	private TestPostcodes() {
	}

	static Postcode unique() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return Postcode.parse("Q" + (char) ('A' + random.nextInt(26)) + random.nextInt(10, 100) + " "
				+ random.nextInt(10) + UNIT_LETTERS.charAt(random.nextInt(20)) + UNIT_LETTERS.charAt(random.nextInt(20)));
	}
}
