package org.bigsociety.platform;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Token-bucket rate limits (Bucket4j) per action and caller, such as sign-in attempts per IP address. Buckets live in
 * this node's memory; account lockout, which must hold across nodes, is kept in the database by the people module.
 */
@Component
public class RateLimits {

	/** An allowance: {@code capacity} actions, refilled evenly over {@code period}. */
	public record Allowance(String action, int capacity, Duration period) {

		public Allowance {
			if (capacity < 1 || period.isNegative() || period.isZero()) {
				throw new IllegalArgumentException("An allowance needs a positive capacity and period");
			}
		}
	}

	private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
	private final boolean enabled;

	RateLimits(@Value("${bigsociety.rate-limits.enabled:true}") boolean enabled) {
		this.enabled = enabled;
	}

	/** Takes one action from the caller's allowance, or throws {@link RateLimited} if none is left. */
	public void consume(Allowance allowance, String caller) {
		if (!enabled) {
			return;
		}
		Bucket bucket = buckets.computeIfAbsent(allowance.action() + "|" + caller, key -> Bucket.builder()
			.addLimit(Bandwidth.builder()
				.capacity(allowance.capacity())
				.refillGreedy(allowance.capacity(), allowance.period())
				.build())
			.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			throw new RateLimited(Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
		}
	}

	/** Forgets every bucket; for tests that exercise limits one after another. */
	public void reset() {
		buckets.clear();
	}
}
