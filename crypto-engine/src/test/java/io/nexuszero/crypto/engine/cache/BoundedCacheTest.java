package io.nexuszero.crypto.engine.cache;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedCacheTest {

    @Test
    void derivesOncePerKeyWhileThereIsRoom() {
        BoundedCache<Integer, String> cache = new BoundedCache<>(4);
        AtomicInteger derivations = new AtomicInteger();
        for (int round = 0; round < 3; round++) {
            for (int key = 0; key < 4; key++) {
                assertThat(cache.get(key, k -> "v" + k + "-" + derivations.incrementAndGet())).startsWith("v" + key);
            }
        }
        assertThat(derivations).hasValue(4);
        assertThat(cache.size()).isEqualTo(4);
    }

    @Test
    void whenFullTheValueInUseIsStillCached() {
        BoundedCache<Integer, Integer> cache = new BoundedCache<>(8);
        AtomicInteger derivations = new AtomicInteger();
        for (int key = 0; key < 100; key++) {
            cache.get(key, k -> derivations.incrementAndGet());
        }
        assertThat(cache.size()).isEqualTo(8);
        int before = derivations.get();
        for (int i = 0; i < 50; i++) {
            cache.get(1000, k -> derivations.incrementAndGet());   // a late key, used over and over
        }
        assertThat(derivations.get() - before).as("derived once, then served from the cache").isEqualTo(1);
        assertThat(cache.size()).isEqualTo(8);
    }
}
