package io.nexuszero.crypto.engine.cache;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A cache of derived public values (rings, commitment keys, fingerprints) with a size bound, because custom
 * parameters must not grow it without limit. When full, a new entry evicts an arbitrary old one: the value in use
 * right now is always cached, so repeated work on any parameter set stays fast however many others came before
 * (a cache that simply stops caching when full would make every later parameter set pay the derivation on every
 * call). Reads take no lock; two threads may derive the same value once each, which is harmless for pure values.
 */
public final class BoundedCache<K, V> {
    private final int limit;
    private final Map<K, V> entries = new ConcurrentHashMap<>();

    public BoundedCache(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        this.limit = limit;
    }

    /** The cached value for {@code key}, deriving (and caching) it on a miss. */
    public V get(K key, Function<? super K, ? extends V> derive) {
        V cached = entries.get(key);
        if (cached != null) {
            return cached;
        }
        V derived = derive.apply(key);
        while (entries.size() >= limit) {
            Iterator<K> oldest = entries.keySet().iterator();
            if (!oldest.hasNext()) {
                break;
            }
            entries.remove(oldest.next());
        }
        V raced = entries.putIfAbsent(key, derived);
        return raced != null ? raced : derived;
    }

    /** Entries cached now (never above the limit, give or take concurrent inserts). */
    public int size() {
        return entries.size();
    }
}
