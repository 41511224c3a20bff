package io.nexuszero.crypto.core.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.nexuszero.crypto.core.keys.KeyAlgorithm;
import java.time.Duration;
import java.util.Collection;

/**
 * The crypto-service domain metrics of the service contract (docs/METRICS.md):
 * nexuszero_crypto_proof_generation_duration_seconds, nexuszero_crypto_verification_duration_seconds,
 * nexuszero_crypto_key_generation_total, nexuszero_crypto_proof_attempts,
 * nexuszero_crypto_verification_failures_total, and for the ML-KEM / ML-DSA keys
 * nexuszero_crypto_encryption_duration_seconds, nexuszero_crypto_decryption_failures_total,
 * nexuszero_crypto_signature_duration_seconds and nexuszero_crypto_signature_verifications_total. Label values come
 * from closed sets (presets, algorithms, proof types, failure reasons), so cardinality stays bounded; custom
 * parameter sets count as "custom".
 */
public final class CryptoMetrics {

    /** Proving and verifying take from ~100 µs (nz-128, L = 1) to ~1 s (L = 4096 at nz-256). */
    static final Duration[] DURATION_BUCKETS = {
        Duration.ofNanos(50_000), Duration.ofNanos(100_000), Duration.ofNanos(250_000), Duration.ofNanos(500_000),
        Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10),
        Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5)
    };
    /** Rejection-sampling repetitions: expected a handful, with a geometric tail. */
    static final double[] ATTEMPT_BUCKETS = {1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 30, 50, 100};

    public static final String VALID = "valid";
    public static final String INVALID = "invalid";
    public static final String ENCRYPT = "encrypt";
    public static final String DECRYPT = "decrypt";
    public static final String SIGN = "sign";
    public static final String VERIFY = "verify";

    private final MeterRegistry registry;

    public CryptoMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * Registers every series with zero values, so dashboards and the metrics-contract test see them before the first
     * proof.
     */
    public void preregister(Collection<String> parameterSets, Collection<String> proofTypes,
                            Collection<String> failureReasons) {
        for (KeyAlgorithm algorithm : KeyAlgorithm.values()) {
            keyGenerations(algorithm.parameterSet(), algorithm.purpose().wireName(), algorithm.wireName());
            switch (algorithm.purpose()) {
                case KEM -> {
                    encryptionDuration(algorithm.wireName(), ENCRYPT);
                    encryptionDuration(algorithm.wireName(), DECRYPT);
                    decryptionFailures(algorithm.wireName());
                }
                case SIGNATURE -> {
                    signatureDuration(algorithm.wireName(), SIGN);
                    signatureDuration(algorithm.wireName(), VERIFY);
                    signatureVerifications(algorithm.wireName(), VALID);
                    signatureVerifications(algorithm.wireName(), INVALID);
                }
                default -> {
                }
            }
        }
        for (String parameterSet : parameterSets) {
            for (String proofType : proofTypes) {
                proofDuration(proofType, parameterSet);
                proofAttempts(proofType, parameterSet);
                verificationDuration(proofType, parameterSet, VALID);
                verificationDuration(proofType, parameterSet, INVALID);
            }
        }
        for (String proofType : proofTypes) {
            for (String reason : failureReasons) {
                verificationFailures(proofType, reason);
            }
        }
    }

    public void keyGenerated(String parameterSet, String purpose, String algorithm) {
        keyGenerations(parameterSet, purpose, algorithm).increment();
    }

    /** One HPKE encryption or decryption (failed decryptions included) with a kem key. */
    public void encryption(String algorithm, String operation, long nanos) {
        encryptionDuration(algorithm, operation).record(Duration.ofNanos(nanos));
    }

    public void decryptionFailed(String algorithm) {
        decryptionFailures(algorithm).increment();
    }

    public void signature(String algorithm, String operation, long nanos) {
        signatureDuration(algorithm, operation).record(Duration.ofNanos(nanos));
    }

    public void signatureVerified(String algorithm, boolean valid) {
        signatureVerifications(algorithm, valid ? VALID : INVALID).increment();
    }

    public void proofGenerated(String proofType, String parameterSet, long nanos, int attempts) {
        proofDuration(proofType, parameterSet).record(Duration.ofNanos(nanos));
        proofAttempts(proofType, parameterSet).record(attempts);
    }

    public void verified(String proofType, String parameterSet, long nanos, boolean valid, String failureReason) {
        verificationDuration(proofType, parameterSet, valid ? VALID : INVALID).record(Duration.ofNanos(nanos));
        if (!valid) {
            verificationFailures(proofType, failureReason).increment();
        }
    }

    private Counter keyGenerations(String parameterSet, String purpose, String algorithm) {
        return Counter.builder("nexuszero.crypto.key.generation")
                .description("Keys created through POST /v1/keys, by security level, purpose and algorithm")
                .tags("parameter_set", parameterSet, "purpose", purpose, "algorithm", algorithm)
                .register(registry);
    }

    private Timer encryptionDuration(String algorithm, String operation) {
        return Timer.builder("nexuszero.crypto.encryption.duration")
                .description("Time of one HPKE encryption or decryption with an ML-KEM key, AEAD included")
                .tags("algorithm", algorithm, "operation", operation)
                .serviceLevelObjectives(DURATION_BUCKETS)
                .register(registry);
    }

    private Counter decryptionFailures(String algorithm) {
        return Counter.builder("nexuszero.crypto.decryption.failures")
                .description("Decryptions refused because the AEAD did not authenticate (422 decryption_failed)")
                .tag("algorithm", algorithm)
                .register(registry);
    }

    private Timer signatureDuration(String algorithm, String operation) {
        return Timer.builder("nexuszero.crypto.signature.duration")
                .description("Time of one ML-DSA signing or verification")
                .tags("algorithm", algorithm, "operation", operation)
                .serviceLevelObjectives(DURATION_BUCKETS)
                .register(registry);
    }

    private Counter signatureVerifications(String algorithm, String result) {
        return Counter.builder("nexuszero.crypto.signature.verifications")
                .description("ML-DSA signatures checked through POST /v1/signatures/verify, by result")
                .tags("algorithm", algorithm, "result", result)
                .register(registry);
    }

    private Timer proofDuration(String proofType, String parameterSet) {
        return Timer.builder("nexuszero.crypto.proof.generation.duration")
                .description("Time to generate one proof, rejection-sampling repetitions included")
                .tags("proof_type", proofType, "parameter_set", parameterSet)
                .serviceLevelObjectives(DURATION_BUCKETS)
                .register(registry);
    }

    private DistributionSummary proofAttempts(String proofType, String parameterSet) {
        return DistributionSummary.builder("nexuszero.crypto.proof.attempts")
                .description("Rejection-sampling repetitions per generated proof")
                .tags("proof_type", proofType, "parameter_set", parameterSet)
                .serviceLevelObjectives(ATTEMPT_BUCKETS)
                .register(registry);
    }

    private Timer verificationDuration(String proofType, String parameterSet, String result) {
        return Timer.builder("nexuszero.crypto.verification.duration")
                .description("Time to verify one proof, by result (valid or invalid)")
                .tags("proof_type", proofType, "parameter_set", parameterSet, "result", result)
                .serviceLevelObjectives(DURATION_BUCKETS)
                .register(registry);
    }

    private Counter verificationFailures(String proofType, String reason) {
        return Counter.builder("nexuszero.crypto.verification.failures")
                .description("Proofs that failed verification, by proof type and reason")
                .tags("proof_type", proofType, "reason", reason)
                .register(registry);
    }
}
