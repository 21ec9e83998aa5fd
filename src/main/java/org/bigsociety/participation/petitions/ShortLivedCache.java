package org.bigsociety.participation.petitions;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Keeps each value for a few seconds, in this node's memory, so a petition everyone is reading at once is computed
 * once per period, not once per reader. When a value has expired, one caller recomputes it while the others for the
 * same key wait for that result rather than all querying at once. Ages use the monotonic {@link System#nanoTime()}:
 * this is about freshness, not about the time of day, so the injected clock is not wanted here (tests give their own
 * ticker instead).
 */
final class ShortLivedCache<K, V> {

	private record Entry<V>(V value, long loadedAt) {
	}

	private final ConcurrentMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
	private final long lifetimeNanos;
	private final int maxEntries;
	private final LongSupplier nanoTicker;

	ShortLivedCache(Duration lifetime, int maxEntries) {
		this(lifetime, maxEntries, System::nanoTime);
	}

	/** With a ticker of nanoseconds that tests move by hand; only differences between its readings matter. */
	ShortLivedCache(Duration lifetime, int maxEntries, LongSupplier nanoTicker) {
		this.lifetimeNanos = lifetime.toNanos();
		this.maxEntries = maxEntries;
		this.nanoTicker = nanoTicker;
	}

	V get(K key, Function<K, V> load) {
		Entry<V> entry = entries.get(key);
		long now = nanoTicker.getAsLong();
		if (entry != null && now - entry.loadedAt() < lifetimeNanos) {
			return entry.value();
		}
		if (entries.size() >= maxEntries) {
			entries.clear(); // crude, but bounded: a cold start costs one query per key
		}
		Entry<V> loaded = entries.compute(key, (k, current) -> {
			long at = nanoTicker.getAsLong();
			if (current != null && at - current.loadedAt() < lifetimeNanos) {
				return current; // another caller loaded it while this one waited
			}
			V value = load.apply(k);
			return value == null ? null : new Entry<>(value, at);
		});
		return loaded == null ? null : loaded.value();
	}

	/** The value if one is held and still fresh, else null; loads nothing. */
	V peek(K key) {
		Entry<V> entry = entries.get(key);
		return entry != null && nanoTicker.getAsLong() - entry.loadedAt() < lifetimeNanos ? entry.value() : null;
	}

	void evict(K key) {
		entries.remove(key);
	}

	void clear() {
		entries.clear();
	}
}
