package io.nexuszero.crypto.core.keys;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Duration;

/**
 * Expanded keys by id (Caffeine): bounded in size, and a key unused for {@code expireAfterAccess} is dropped, so
 * secret key material does not outlive its use in memory. Lookups of different keys never contend on one lock.
 * Hits, misses, loads and evictions are exported as {@code cache_*{cache="keys"}} (docs/METRICS.md).
 */
public final class KeyCache implements MeterBinder {

    /** The {@code cache} label of the exported statistics. */
    public static final String NAME = "keys";

    private final Cache<KeyId, KeyService.DerivedKey> keys;

    public KeyCache(int maximumSize, Duration expireAfterAccess, Ticker ticker) {
        this.keys = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfterAccess(expireAfterAccess)
                .ticker(ticker)
                .recordStats()
                .build();
    }

    public KeyService.DerivedKey get(KeyId id, java.util.function.Function<KeyId, KeyService.DerivedKey> expand) {
        return keys.get(id, expand);
    }

    /** Keys held now, after expired ones are dropped. */
    public long size() {
        keys.cleanUp();
        return keys.estimatedSize();
    }

    /** Registers the cache statistics with the service's registry. */
    @Override
    public void bindTo(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, keys, NAME);
    }
}
