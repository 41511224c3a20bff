package io.nexuszero.crypto.core.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.nexuszero.crypto.auth.Caller;
import io.nexuszero.crypto.core.ParameterSets;
import io.nexuszero.crypto.metrics.KeyMetrics;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Expanded keys (secret material) leave memory when unused for the configured time; the cache reports its work. */
class KeyCacheTest {

    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final KeyCache cache = new KeyCache(16, Duration.ofMinutes(10), ticker);
    private final KeyService keys;

    KeyCacheTest() {
        byte[] secret = new byte[32];
        Arrays.fill(secret, (byte) 7);
        KeyMetrics metrics = new KeyMetrics();
        metrics.bindTo(registry);
        cache.bindTo(registry);
        keys = new KeyService(new ParameterSets(), new KeyDerivation(new MasterSecret(secret, "test")), cache, metrics);
    }

    @Test
    void aKeyInUseStaysAndAnUnusedKeyIsForgotten() {
        KeyService.DerivedKey created = keys.create(new Caller("alice", false), KeyAlgorithm.ML_DSA_44);
        String id = created.id().text();
        assertThat(keys.cachedKeys()).isEqualTo(1);

        advance(Duration.ofMinutes(9));
        assertThat(keys.resolvePublic(id)).as("used within the window: the same expanded key").isSameAs(created);
        advance(Duration.ofMinutes(9));
        assertThat(keys.cachedKeys()).as("each use restarts the window").isEqualTo(1);

        advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(keys.cachedKeys()).as("unused for longer than expireAfterAccess").isZero();
        KeyService.DerivedKey again = keys.resolvePublic(id);
        assertThat(again).as("re-derived from the master secret").isNotSameAs(created);
        assertThat(again.publicKeyEncoding()).isEqualTo(created.publicKeyEncoding());
    }

    @Test
    void hitsMissesAndEvictionsAreMetrics() {
        String id = keys.create(new Caller("alice", false), KeyAlgorithm.ML_KEM_768).id().text();
        keys.resolvePublic(id);
        keys.resolvePublic(id);
        advance(Duration.ofMinutes(11));
        keys.cachedKeys();

        assertThat(registry.get("cache.gets").tags("cache", KeyCache.NAME, "result", "miss").functionCounter().count())
                .isEqualTo(1);
        assertThat(registry.get("cache.gets").tags("cache", KeyCache.NAME, "result", "hit").functionCounter().count())
                .isEqualTo(2);
        assertThat(registry.get("cache.evictions").tags("cache", KeyCache.NAME).functionCounter().count())
                .isEqualTo(1);
        assertThat(registry.get("cache.size").tags("cache", KeyCache.NAME).gauge().value()).isZero();
    }

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }
}
