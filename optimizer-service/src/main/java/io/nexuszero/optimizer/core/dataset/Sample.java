package io.nexuszero.optimizer.core.dataset;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.nexuszero.optimizer.api.LatticeParameters;

import java.time.Instant;

/**
 * One measurement of one proof type at one witness length for one parameter set, as crypto-service's benchmark
 * endpoint reported it, with the proof size and the crypto-service version.
 * <p>
 * {@code proveMicros} is the MEAN over the iterations ({@code proveStatistic = "mean"}): proving restarts a
 * geometric number of times (Fiat–Shamir with aborts), so the expected cost — what a user pays on average — is
 * the mean, while the median of a geometric count sits well below it and is unstable across runs. Samples written
 * before this field existed carry the median ({@code proveStatistic} absent = "median") and are not mixed into
 * training. {@code verifyMicros} is the median (verification never restarts; the median shrugs off load spikes).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Sample(
        String candidateId,
        LatticeParameters parameters,
        String proofType,
        int witnessLength,
        double proveMicros,
        double verifyMicros,
        Long proofBytes,
        int iterations,
        String cryptoServiceVersion,
        Instant measuredAt,
        String proveStatistic,
        Double referenceMicros) {
    public static final String MEAN = "mean";

    /** The same measurement with both times multiplied by {@code factor} (machine-speed normalisation). */
    public Sample scaled(double factor) {
        return new Sample(candidateId, parameters, proofType, witnessLength, proveMicros * factor, verifyMicros * factor,
                proofBytes, iterations, cryptoServiceVersion, measuredAt, proveStatistic, referenceMicros);
    }

    /** Whether proveMicros is the mean over the iterations (the statistic training uses). */
    public boolean proveIsMean() {
        return MEAN.equals(proveStatistic);
    }
}
