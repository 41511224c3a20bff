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

    /** A key whose hash code, and so its ConcurrentHashMap slot in a small table, the test chooses. */
    private record Slotted(int slot) {
        @Override
        public int hashCode() {
            return slot;
        }
    }

    @Test
    void twoKeysUsedInTurnDoNotEvictEachOtherWhenFull() {
        // The old eviction removed the entry in the lowest hash slot: once full, A (slot 1) and B (slot 2), used in
        // turn, evicted each other on every call (100 derivations here). Least recently used keeps both.
        BoundedCache<Slotted, Integer> cache = new BoundedCache<>(3);
        AtomicInteger derivations = new AtomicInteger();
        for (int slot = 10; slot < 13; slot++) {
            cache.get(new Slotted(slot), k -> derivations.incrementAndGet());
        }
        int before = derivations.get();
        for (int i = 0; i < 50; i++) {
            cache.get(new Slotted(1), k -> derivations.incrementAndGet());
            cache.get(new Slotted(2), k -> derivations.incrementAndGet());
        }
        assertThat(derivations.get() - before).isEqualTo(2);
        assertThat(cache.size()).isEqualTo(3);
    }

    @Test
    void theLeastRecentlyUsedEntryIsEvicted() {
        BoundedCache<Integer, Integer> cache = new BoundedCache<>(3);
        AtomicInteger derivations = new AtomicInteger();
        for (int key : new int[] {1, 2, 3, 1, 3}) {   // 2 is now the least recently used
            cache.get(key, k -> derivations.incrementAndGet());
        }
        cache.get(4, k -> derivations.incrementAndGet());
        int before = derivations.get();
        cache.get(1, k -> derivations.incrementAndGet());
        cache.get(3, k -> derivations.incrementAndGet());
        cache.get(4, k -> derivations.incrementAndGet());
        assertThat(derivations.get()).as("1, 3 and 4 stayed").isEqualTo(before);
        cache.get(2, k -> derivations.incrementAndGet());
        assertThat(derivations.get()).as("2 was evicted").isEqualTo(before + 1);
    }
}
