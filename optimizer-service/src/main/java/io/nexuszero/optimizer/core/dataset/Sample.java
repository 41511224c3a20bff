package io.nexuszero.optimizer.core.dataset;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.nexuszero.optimizer.api.LatticeParameters;

import java.time.Instant;

/**
 * One measurement of one proof type at one witness length for one parameter set, as crypto-service's benchmark
 * endpoint reported it, with the proof size and the crypto-service version.
 * <p>
 * {@code proveMicros} is the MEAN over the iterations and {@code meanAttempts} the mean prover attempts those
 * proofs took; {@code expectedAttempts} is crypto-service's exact expectation for this proof. Proving restarts a
 * geometric number of times (Fiat–Shamir with aborts), so a handful of proofs can take far more or fewer attempts
 * than expected; dividing by the attempts actually taken gives the cost of one attempt, which barely varies, and
 * multiplying by the expectation gives the expected prove time ({@link #expectedProveMicros}), a ratio estimator
 * with much less variance than the raw mean. Samples without attempts (older builds) are kept but not trained on.
 * {@code verifyMicros} is the median (verification never restarts; the median shrugs off load spikes).
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
        Double referenceMicros,
        Double meanAttempts,
        Double expectedAttempts) {
    public static final String MEAN = "mean";

    /** The same measurement with both times multiplied by {@code factor} (machine-speed normalisation). */
    public Sample scaled(double factor) {
        return new Sample(candidateId, parameters, proofType, witnessLength, proveMicros * factor, verifyMicros * factor,
                proofBytes, iterations, cryptoServiceVersion, measuredAt, proveStatistic, referenceMicros,
                meanAttempts, expectedAttempts);
    }

    /** Whether this sample can be trained on: mean prove time, attempts taken and expected, positive times. */
    public boolean trainable() {
        return MEAN.equals(proveStatistic) && meanAttempts != null && meanAttempts >= 1
                && expectedAttempts != null && expectedAttempts >= 1 && proveMicros > 0 && verifyMicros > 0;
    }

    /** Microseconds of one prover attempt (call only when {@link #trainable}). */
    public double perAttemptProveMicros() {
        return proveMicros / meanAttempts;
    }

    /** The expected prove time: one attempt's cost × the expected attempts (call only when {@link #trainable}). */
    public double expectedProveMicros() {
        return perAttemptProveMicros() * expectedAttempts;
    }
}
