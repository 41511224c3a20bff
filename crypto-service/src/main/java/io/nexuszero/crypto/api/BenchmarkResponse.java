package io.nexuszero.crypto.api;

/** In-process timing of one operation after warm-up; proofBytes is null for non-proof operations. */
public record BenchmarkResponse(String parameterSet, ParametersJson parameters, String operation, String proofType,
                                int witnessLength, int iterations, double medianMicros, double p90Micros,
                                double meanMicros, Integer proofBytes) {
}
