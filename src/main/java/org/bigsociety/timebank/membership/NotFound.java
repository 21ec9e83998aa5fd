package org.bigsociety.timebank.membership;

/** Something asked for by its id that does not exist in this time bank (a 404). */
public class NotFound extends RuntimeException {

	public NotFound(String what) {
		super("Not found: " + what);
	}
}
