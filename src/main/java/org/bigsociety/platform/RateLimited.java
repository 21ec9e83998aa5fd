package org.bigsociety.platform;

/** Thrown when a caller has used up its allowance for an action; shown as a 429 with a clear message. */
public class RateLimited extends RuntimeException {

	private final long retryAfterSeconds;

	public RateLimited(long retryAfterSeconds) {
		super("Too many attempts. Wait " + Math.max(1, retryAfterSeconds) + " seconds and try again.");
		this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
