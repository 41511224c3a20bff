package io.nexuszero.crypto.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.nexuszero.common.metrics.DomainMeterBinder;
import io.nexuszero.common.metrics.LatencyBuckets;
import io.nexuszero.crypto.core.ParameterSets;
import io.nexuszero.crypto.engine.params.ParameterSet;
import io.nexuszero.crypto.engine.proof.ProofSystems;
import io.nexuszero.crypto.engine.proof.ProofType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * Proofs: {@code nexuszero_crypto_proof_generation_duration_seconds}, {@code nexuszero_crypto_proof_attempts},
 * {@code nexuszero_crypto_proof_expected_attempts_total}, {@code nexuszero_crypto_verification_duration_seconds} and {@code nexuszero_crypto_verification_failures_total}
 * (docs/METRICS.md). Label values come from closed sets (presets, proof types, {@link WitnessSize witness sizes},
 * failure reasons); custom parameter sets count as "custom".
 */
public final class ProofMetrics extends DomainMeterBinder {

    public static final String VALID = "valid";
    public static final String INVALID = "invalid";

    /**
     * Rejection-sampling repetitions: a handful for one key or a few values, a sum over chunks for large range proofs
     * (docs/CRYPTO.md: 152 expected at nz-128 and 1024 values, 606 at 4096; 1136 at nz-256 and 4096), and up to the
     * engine's cap of 10^4 per loop for custom sets whose range proofs keep uniform masks.
     */
    static final double[] ATTEMPT_BUCKETS = {1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 30, 50, 100, 200, 500, 1_000, 2_000,
        5_000, 10_000, 20_000, 50_000, 100_000, 200_000};

    /**
     * Proving: the in-process ladder, then up to 30 minutes, so the largest proofs land in a bucket rather than +Inf:
     * 4096 range values take seconds at nz-128 (606 attempts) and about half a minute at nz-256 (1136 attempts); a
     * custom set with uniform masks near the engine's cap of 10^4 attempts per chunk can take far longer.
     */
    static final Duration[] GENERATION_BUCKETS = ladderUpTo(Duration.ofMinutes(30));

    /**
     * Verifying: up to a minute; 4096 values verify in under a second on a quiet machine, a few seconds at nz-256 on a
     * loaded one (about 1 ms a value measured there).
     */
    static final Duration[] VERIFICATION_BUCKETS = ladderUpTo(Duration.ofMinutes(1));

    /** The in-process ladder (50 µs … 5 s) continued with 10 s, 30 s, 1, 2, 5, 10 and 30 minutes up to {@code top}. */
    private static Duration[] ladderUpTo(Duration top) {
        return Stream.concat(Arrays.stream(LatencyBuckets.IN_PROCESS.all()),
                        Stream.of(10, 30, 60, 120, 300, 600, 1800).map(Duration::ofSeconds))
                .filter(bound -> bound.compareTo(top) <= 0).toArray(Duration[]::new);
    }

    /** One (parameter set, proof type, witness size) combination that can occur, registered at startup. */
    public record Series(String parameterSet, String proofType, WitnessSize witnessSize) {
    }

    private final List<Series> series;
    private final List<String> proofTypes;
    private final List<String> failureReasons;

    public ProofMetrics(Collection<Series> series, Collection<String> failureReasons) {
        this.series = List.copyOf(series);
        this.proofTypes = this.series.stream().map(Series::proofType).distinct().toList();
        this.failureReasons = List.copyOf(failureReasons);
    }

    /** Every proof type at every preset, with the witness sizes it can prove there. */
    public static List<Series> seriesOf(ParameterSets parameterSets) {
        List<Series> series = new ArrayList<>();
        for (ParameterSet set : parameterSets.all()) {
            for (ProofType type : ProofType.values()) {
                for (WitnessSize size : WitnessSize.possible(ProofSystems.of(type),
                        parameterSets.proofParameters(set))) {
                    series.add(new Series(set.id(), type.wireName(), size));
                }
            }
        }
        return series;
    }

    @Override
    protected void registerSeries(MeterRegistry registry) {
        for (Series s : series) {
            String size = s.witnessSize().label();
            proofDuration(registry, s.proofType(), s.parameterSet(), size);
            proofAttempts(registry, s.proofType(), s.parameterSet(), size);
            expectedAttempts(registry, s.proofType(), s.parameterSet(), size);
            verificationDuration(registry, s.proofType(), s.parameterSet(), size, VALID);
            verificationDuration(registry, s.proofType(), s.parameterSet(), size, INVALID);
        }
        for (String proofType : proofTypes) {
            for (String reason : failureReasons) {
                verificationFailures(registry, proofType, reason);
            }
        }
    }

    /**
     * One generated proof: its time, its attempts and the attempts the engine expected for it, so that attempts far
     * above expectation (a sampler or parameter bug) are visible next to the attempts themselves.
     */
    public void proofGenerated(String proofType, String parameterSet, WitnessSize size, long nanos, int attempts,
                               double expected) {
        proofDuration(registry(), proofType, parameterSet, size.label()).record(Duration.ofNanos(nanos));
        proofAttempts(registry(), proofType, parameterSet, size.label()).record(attempts);
        expectedAttempts(registry(), proofType, parameterSet, size.label()).increment(expected);
    }

    public void verified(String proofType, String parameterSet, WitnessSize size, long nanos, boolean valid,
                         String failureReason) {
        verificationDuration(registry(), proofType, parameterSet, size.label(), valid ? VALID : INVALID)
                .record(Duration.ofNanos(nanos));
        if (!valid) {
            verificationFailures(registry(), proofType, failureReason).increment();
        }
    }

    private static Timer proofDuration(MeterRegistry registry, String proofType, String parameterSet, String size) {
        return Timer.builder("nexuszero.crypto.proof.generation.duration")
                .description("Time to generate one proof, rejection-sampling repetitions included")
                .tags("proof_type", proofType, "parameter_set", parameterSet, "witness_size", size)
                .serviceLevelObjectives(GENERATION_BUCKETS)
                .register(registry);
    }

    private static DistributionSummary proofAttempts(MeterRegistry registry, String proofType, String parameterSet,
                                                     String size) {
        return DistributionSummary.builder("nexuszero.crypto.proof.attempts")
                .description("Rejection-sampling repetitions per generated proof")
                .tags("proof_type", proofType, "parameter_set", parameterSet, "witness_size", size)
                .serviceLevelObjectives(ATTEMPT_BUCKETS)
                .register(registry);
    }

    private static Counter expectedAttempts(MeterRegistry registry, String proofType, String parameterSet,
                                            String size) {
        return Counter.builder("nexuszero.crypto.proof.expected.attempts")
                .description("Rejection-sampling repetitions the engine expected for the generated proofs (sum)")
                .tags("proof_type", proofType, "parameter_set", parameterSet, "witness_size", size)
                .register(registry);
    }

    private static Timer verificationDuration(MeterRegistry registry, String proofType, String parameterSet,
                                              String size, String result) {
        return Timer.builder("nexuszero.crypto.verification.duration")
                .description("Time to verify one proof, by result (valid or invalid)")
                .tags("proof_type", proofType, "parameter_set", parameterSet, "witness_size", size, "result", result)
                .serviceLevelObjectives(VERIFICATION_BUCKETS)
                .register(registry);
    }

    private static Counter verificationFailures(MeterRegistry registry, String proofType, String reason) {
        return Counter.builder("nexuszero.crypto.verification.failures")
                .description("Proofs that failed verification, by proof type and reason")
                .tags("proof_type", proofType, "reason", reason)
                .register(registry);
    }
}
