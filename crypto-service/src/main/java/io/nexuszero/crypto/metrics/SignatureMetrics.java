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
 * ML-DSA: {@code nexuszero_crypto_signature_duration_seconds} and
 * {@code nexuszero_crypto_signature_verifications_total} (docs/METRICS.md).
 */
public final class SignatureMetrics extends DomainMeterBinder {

    public static final String SIGN = "sign";
    public static final String VERIFY = "verify";

    @Override
    protected void registerSeries(MeterRegistry registry) {
        for (KeyAlgorithm algorithm : KeyAlgorithm.values()) {
            if (algorithm.purpose() == KeyPurpose.SIGNATURE) {
                signatureDuration(registry, algorithm.wireName(), SIGN);
                signatureDuration(registry, algorithm.wireName(), VERIFY);
                signatureVerifications(registry, algorithm.wireName(), ProofMetrics.VALID);
                signatureVerifications(registry, algorithm.wireName(), ProofMetrics.INVALID);
            }
        }
    }

    public void signature(String algorithm, String operation, long nanos) {
        signatureDuration(registry(), algorithm, operation).record(Duration.ofNanos(nanos));
    }

    public void signatureVerified(String algorithm, boolean valid) {
        signatureVerifications(registry(), algorithm, valid ? ProofMetrics.VALID : ProofMetrics.INVALID).increment();
    }

    private static Timer signatureDuration(MeterRegistry registry, String algorithm, String operation) {
        return Timer.builder("nexuszero.crypto.signature.duration")
                .description("Time of one ML-DSA signing or verification")
                .tags("algorithm", algorithm, "operation", operation)
                .serviceLevelObjectives(LatencyBuckets.IN_PROCESS.all())
                .register(registry);
    }

    private static Counter signatureVerifications(MeterRegistry registry, String algorithm, String result) {
        return Counter.builder("nexuszero.crypto.signature.verifications")
                .description("ML-DSA signatures checked through POST /v1/signatures/verify or verify-batch, by result")
                .tags("algorithm", algorithm, "result", result)
                .register(registry);
    }
}
