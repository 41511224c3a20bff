package io.nexuszero.crypto.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.nexuszero.common.metrics.DomainMeterBinder;
import io.nexuszero.crypto.core.keys.KeyAlgorithm;

/** {@code nexuszero_crypto_key_generation_total}: keys created through POST /v1/keys (docs/METRICS.md). */
public final class KeyMetrics extends DomainMeterBinder {

    @Override
    protected void registerSeries(MeterRegistry registry) {
        for (KeyAlgorithm algorithm : KeyAlgorithm.values()) {
            keyGenerations(registry, algorithm);
        }
    }

    public void keyGenerated(KeyAlgorithm algorithm) {
        keyGenerations(registry(), algorithm).increment();
    }

    private static Counter keyGenerations(MeterRegistry registry, KeyAlgorithm algorithm) {
        return Counter.builder("nexuszero.crypto.key.generation")
                .description("Keys created through POST /v1/keys, by security level, purpose and algorithm")
                .tags("parameter_set", algorithm.parameterSet(), "purpose", algorithm.purpose().wireName(),
                        "algorithm", algorithm.wireName())
                .register(registry);
    }
}
