package io.nexuszero.crypto.engine.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A cache of derived public values (rings, commitment keys, fingerprints) with a size bound, because custom
 * parameters must not grow it without limit. When full, a new entry evicts the least recently used one, so the values
 * a workload keeps using stay cached however many others pass through. (It used to evict whichever entry a
 * ConcurrentHashMap iterated first — the lowest hash slot — so two keys one operation needs in turn, such as
 * linear-relation's statement and garbage commitment keys, could evict each other on every call once the cache was
 * full, and every verification re-derived both: 2–3× slower verification after 64 parameter shapes.)
 * Reads take no lock; a miss scans the entries for the least recently used (at most {@code limit}, and a miss derives
 * a value, which costs far more). Two threads may derive the same value once each, which is harmless for pure values.
 */
public final class BoundedCache<K, V> {
    private final int limit;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong clock = new AtomicLong();

    /** A value and when it was last used (a tick of {@link #clock}). */
    private static final class Entry<V> {
        final V value;
        volatile long lastUsed;

        Entry(V value, long lastUsed) {
            this.value = value;
            this.lastUsed = lastUsed;
        }
    }

    public BoundedCache(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        this.limit = limit;
    }

    /** The cached value for {@code key}, deriving (and caching) it on a miss. */
    public V get(K key, Function<? super K, ? extends V> derive) {
        Entry<V> cached = entries.get(key);
        if (cached != null) {
            cached.lastUsed = clock.incrementAndGet();
            return cached.value;
        }
        V derived = derive.apply(key);
        while (entries.size() >= limit && evictLeastRecentlyUsed()) {
            // repeat while concurrent inserts keep the map at its limit
        }
        Entry<V> raced = entries.putIfAbsent(key, new Entry<>(derived, clock.incrementAndGet()));
        return raced != null ? raced.value : derived;
    }

    /** Entries cached now (never above the limit, give or take concurrent inserts). */
    public int size() {
        return entries.size();
    }

    private boolean evictLeastRecentlyUsed() {
        K oldest = null;
        long oldestUse = Long.MAX_VALUE;
        for (Map.Entry<K, Entry<V>> e : entries.entrySet()) {
            long used = e.getValue().lastUsed;
            if (used < oldestUse) {
                oldestUse = used;
                oldest = e.getKey();
            }
        }
        return oldest != null && entries.remove(oldest) != null;
    }
}
