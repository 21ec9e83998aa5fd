package org.bigsociety.participation.petitions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The petitions' short-lived cache, on a ticker the test moves by hand: expiry, one recount at a time, eviction. */
class ShortLivedCacheTests {

	private static final Duration LIFETIME = Duration.ofSeconds(5);

	// Near the top of the range, so the ages below cross the overflow of a long, as System.nanoTime may.
	private final AtomicLong now = new AtomicLong(Long.MAX_VALUE - LIFETIME.toNanos() / 2);

	private final AtomicInteger loads = new AtomicInteger();

	private final Function<String, String> load = key -> key + " #" + loads.incrementAndGet();

	@Test
	void servesAnEntryUntilItsAgeReachesTheLifetimeThenRecomputesIt() {
		ShortLivedCache<String, String> cache = new ShortLivedCache<>(LIFETIME, 100, now::get);
		assertThat(cache.peek("petition 7")).as("nothing held yet, and peeking loads nothing").isNull();
		assertThat(cache.get("petition 7", load)).isEqualTo("petition 7 #1");

		now.addAndGet(LIFETIME.toNanos() - 1);
		assertThat(cache.get("petition 7", load)).as("one nanosecond short of the lifetime").isEqualTo("petition 7 #1");
		assertThat(cache.peek("petition 7")).isEqualTo("petition 7 #1");

		now.addAndGet(1);
		assertThat(cache.peek("petition 7")).as("aged exactly the lifetime: expired").isNull();
		assertThat(cache.get("petition 7", load)).isEqualTo("petition 7 #2");
		assertThat(cache.get("petition 7", load)).as("fresh again from the recount").isEqualTo("petition 7 #2");
		assertThat(loads).hasValue(2);
	}

	@Test
	void callersOfAnExpiredKeyWaitForOneRecountInsteadOfEachCounting() throws Exception {
		int callers = 8;
		// Counts readings of the ticker once armed: each caller reads it once after finding the stale entry, and the
		// caller that recounts once more inside the map's lock before loading.
		AtomicReference<CountDownLatch> readings = new AtomicReference<>(new CountDownLatch(0));
		ShortLivedCache<String, String> cache = new ShortLivedCache<>(LIFETIME, 100, () -> {
			readings.get().countDown();
			return now.get();
		});
		assertThat(cache.get("hot", load)).isEqualTo("hot #1");
		now.addAndGet(LIFETIME.toNanos());

		CountDownLatch everyCallerSawItStale = new CountDownLatch(callers + 1);
		readings.set(everyCallerSawItStale);
		AtomicInteger recounts = new AtomicInteger();
		Function<String, String> slowRecount = key -> {
			recounts.incrementAndGet();
			try {
				// Hold the recount until every caller has found the entry stale and so must ask the map for it.
				assertThat(everyCallerSawItStale.await(30, TimeUnit.SECONDS)).as("every caller arrived").isTrue();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			return key + " recounted";
		};
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		try {
			List<Future<String>> answers = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				answers.add(pool.submit(() -> cache.get("hot", slowRecount)));
			}
			for (Future<String> answer : answers) {
				assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo("hot recounted");
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(recounts).as("one caller recounted; the others waited for its answer").hasValue(1);
		assertThat(loads).hasValue(1);
	}

	@Test
	void evictingForgetsTheEntryAtOnce() {
		ShortLivedCache<String, String> cache = new ShortLivedCache<>(LIFETIME, 100, now::get);
		assertThat(cache.get("petition 9", load)).isEqualTo("petition 9 #1");
		cache.evict("petition 9");
		assertThat(cache.peek("petition 9")).isNull();
		assertThat(cache.get("petition 9", load)).as("recounted without any time passing").isEqualTo("petition 9 #2");
		assertThat(cache.get("other", load)).isEqualTo("other #3");
		cache.evict("petition 9");
		assertThat(cache.get("other", load)).as("evicting one key leaves the others").isEqualTo("other #3");
	}
}
