package io.nexuszero.crypto.api;

/**
 * In-process timing of one operation after warm-up; proofBytes and expectedAttempts (the exact expected prover
 * attempts of that proof) are null for non-proof operations, meanAttempts (the attempts the measured proofs took,
 * on average) is present for prove only.
 */
public record BenchmarkResponse(String parameterSet, ParametersJson parameters, String operation, String proofType,
                                int witnessLength, int iterations, double medianMicros, double p90Micros,
                                double meanMicros, Integer proofBytes, Double meanAttempts, Double expectedAttempts) {
}
