package io.nexuszero.crypto.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.nexuszero.common.metrics.DomainMeterBinder;
import io.nexuszero.common.metrics.LatencyBuckets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * Proofs: {@code nexuszero_crypto_proof_generation_duration_seconds}, {@code nexuszero_crypto_proof_attempts},
 * {@code nexuszero_crypto_verification_duration_seconds} and {@code nexuszero_crypto_verification_failures_total}
 * (docs/METRICS.md). Label values come from closed sets (presets, proof types, failure reasons); custom parameter
 * sets count as "custom".
 */
public final class ProofMetrics extends DomainMeterBinder {

    public static final String VALID = "valid";
    public static final String INVALID = "invalid";

    /** Rejection-sampling repetitions: expected a handful, with a geometric tail. */
    static final double[] ATTEMPT_BUCKETS = {1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 30, 50, 100};

    private final List<String> parameterSets;
    private final List<String> proofTypes;
    private final List<String> failureReasons;

    public ProofMetrics(Collection<String> parameterSets, Collection<String> proofTypes,
                        Collection<String> failureReasons) {
        this.parameterSets = List.copyOf(parameterSets);
        this.proofTypes = List.copyOf(proofTypes);
        this.failureReasons = List.copyOf(failureReasons);
    }

    @Override
    protected void registerSeries(MeterRegistry registry) {
        for (String parameterSet : parameterSets) {
            for (String proofType : proofTypes) {
                proofDuration(registry, proofType, parameterSet);
                proofAttempts(registry, proofType, parameterSet);
                verificationDuration(registry, proofType, parameterSet, VALID);
                verificationDuration(registry, proofType, parameterSet, INVALID);
            }
        }
        for (String proofType : proofTypes) {
            for (String reason : failureReasons) {
                verificationFailures(registry, proofType, reason);
            }
        }
    }

    public void proofGenerated(String proofType, String parameterSet, long nanos, int attempts) {
        proofDuration(registry(), proofType, parameterSet).record(Duration.ofNanos(nanos));
        proofAttempts(registry(), proofType, parameterSet).record(attempts);
    }

    public void verified(String proofType, String parameterSet, long nanos, boolean valid, String failureReason) {
        verificationDuration(registry(), proofType, parameterSet, valid ? VALID : INVALID)
                .record(Duration.ofNanos(nanos));
        if (!valid) {
            verificationFailures(registry(), proofType, failureReason).increment();
        }
    }

    private static Timer proofDuration(MeterRegistry registry, String proofType, String parameterSet) {
        return Timer.builder("nexuszero.crypto.proof.generation.duration")
                .description("Time to generate one proof, rejection-sampling repetitions included")
                .tags("proof_type", proofType, "parameter_set", parameterSet)
                .serviceLevelObjectives(LatencyBuckets.IN_PROCESS.all())
                .register(registry);
    }

    private static DistributionSummary proofAttempts(MeterRegistry registry, String proofType, String parameterSet) {
        return DistributionSummary.builder("nexuszero.crypto.proof.attempts")
                .description("Rejection-sampling repetitions per generated proof")
                .tags("proof_type", proofType, "parameter_set", parameterSet)
                .serviceLevelObjectives(ATTEMPT_BUCKETS)
                .register(registry);
    }

    private static Timer verificationDuration(MeterRegistry registry, String proofType, String parameterSet,
                                              String result) {
        return Timer.builder("nexuszero.crypto.verification.duration")
                .description("Time to verify one proof, by result (valid or invalid)")
                .tags("proof_type", proofType, "parameter_set", parameterSet, "result", result)
                .serviceLevelObjectives(LatencyBuckets.IN_PROCESS.all())
                .register(registry);
    }

    private static Counter verificationFailures(MeterRegistry registry, String proofType, String reason) {
        return Counter.builder("nexuszero.crypto.verification.failures")
                .description("Proofs that failed verification, by proof type and reason")
                .tags("proof_type", proofType, "reason", reason)
                .register(registry);
    }
}
