package io.nexuszero.optimizer.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * POST /v1/benchmarks answer: in-process timings of one operation after warm-up; for proofs also the exact expected
 * prover attempts and, for prove, the mean attempts the measured proofs took.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BenchmarkResult(
        String operation,
        String proofType,
        Integer witnessLength,
        int iterations,
        double medianMicros,
        double p90Micros,
        double meanMicros,
        Long proofBytes,
        Double meanAttempts,
        Double expectedAttempts) {
}
