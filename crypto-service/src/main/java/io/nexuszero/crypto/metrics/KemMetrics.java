package io.nexuszero.crypto.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.nexuszero.common.metrics.DomainMeterBinder;
import io.nexuszero.common.metrics.LatencyBuckets;
import io.nexuszero.crypto.core.keys.KeyAlgorithm;
import io.nexuszero.crypto.core.keys.KeyPurpose;
import java.time.Duration;

/**
 * HPKE with ML-KEM keys: {@code nexuszero_crypto_encryption_duration_seconds} and
 * {@code nexuszero_crypto_decryption_failures_total} (docs/METRICS.md).
 */
public final class KemMetrics extends DomainMeterBinder {

    public static final String ENCRYPT = "encrypt";
    public static final String DECRYPT = "decrypt";

    @Override
    protected void registerSeries(MeterRegistry registry) {
        for (KeyAlgorithm algorithm : KeyAlgorithm.values()) {
            if (algorithm.purpose() == KeyPurpose.KEM) {
                encryptionDuration(registry, algorithm.wireName(), ENCRYPT);
                encryptionDuration(registry, algorithm.wireName(), DECRYPT);
                decryptionFailures(registry, algorithm.wireName());
            }
        }
    }

    /** One HPKE encryption or decryption (failed decryptions included) with a kem key. */
    public void encryption(String algorithm, String operation, long nanos) {
        encryptionDuration(registry(), algorithm, operation).record(Duration.ofNanos(nanos));
    }

    public void decryptionFailed(String algorithm) {
        decryptionFailures(registry(), algorithm).increment();
    }

    private static Timer encryptionDuration(MeterRegistry registry, String algorithm, String operation) {
        return Timer.builder("nexuszero.crypto.encryption.duration")
                .description("Time of one HPKE encryption or decryption with an ML-KEM key, AEAD included")
                .tags("algorithm", algorithm, "operation", operation)
                .serviceLevelObjectives(LatencyBuckets.IN_PROCESS.all())
                .register(registry);
    }

    private static Counter decryptionFailures(MeterRegistry registry, String algorithm) {
        return Counter.builder("nexuszero.crypto.decryption.failures")
                .description("Decryptions refused because the AEAD did not authenticate (decryption_failed)")
                .tag("algorithm", algorithm)
                .register(registry);
    }
}
